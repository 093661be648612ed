/** Table entry: messages at a cell, after a paste or 填0, and last year's figures (English). */
export default {
  cell: {
    problem: '{{problem}}; not counted',
    announce: '“{{text}}” in “{{label}}” is not counted: {{problem}}',
  },
  problems: {
    negative: 'cannot be negative',
    decimal: 'counts are whole numbers',
    notNumber: 'not a number',
    tooLarge: 'number too large',
    tooManyDecimals: 'at most 6 decimals',
  },
  actions: {
    filledZero: 'Blank cells set to 0: {{count}}',
    noBlanks: 'No blank cells',
    pasted: 'Cells pasted: {{count}}',
    pastedByLabel: 'Cells pasted by their row labels: {{count}}',
    pasteOutside: 'The first cell is not in the table; nothing was pasted',
    issuesTitle: 'Not pasted, or not matching the computed figure ({{count}}):',
    invalid: '{{row}} | {{column}}: “{{text}}”, {{problem}}',
    mismatch: '{{row}} | {{column}}: {{text}} was pasted, the cells add up to {{computed}} (totals are computed, not pasted)',
    blank: 'blank',
    unknownRow: '“{{label}}”: the table has no such row',
    outside: 'Figures outside the table: {{count}}',
    dismiss: 'Close',
  },
  previous: {
    carried: 'Last yr carried forward {{value}}',
  },
} as const;
