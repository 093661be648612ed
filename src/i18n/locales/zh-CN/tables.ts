/** Table entry: messages at a cell, after a paste or 填0, and last year's figures (zh-CN). */
export default {
  cell: {
    problem: '{{problem}}，未计入',
    announce: '“{{label}}”中的“{{text}}”未计入：{{problem}}',
  },
  problems: {
    negative: '不能为负数',
    decimal: '件数须为整数',
    notNumber: '不是数字',
    tooLarge: '数字太大',
    tooManyDecimals: '最多6位小数',
  },
  actions: {
    filledZero: '已将{{count}}个空白单元格填为0',
    noBlanks: '没有空白单元格',
    pasted: '已粘贴{{count}}个单元格',
    pastedByLabel: '已按行名粘贴{{count}}个单元格',
    pasteOutside: '起始格不在表格中，未粘贴',
    issuesTitle: '以下{{count}}处未粘贴，或与自动计算的结果不符：',
    invalid: '{{row}}｜{{column}}：“{{text}}”，{{problem}}',
    mismatch: '{{row}}｜{{column}}：粘贴的是{{text}}，按各格计算为{{computed}}（合计自动计算，不粘贴）',
    blank: '空白',
    unknownRow: '“{{label}}”：表中没有这一行',
    outside: '{{count}}个数字超出表格范围',
    dismiss: '关闭',
  },
  previous: {
    carried: '上年结转下年度 {{value}}',
  },
} as const;
