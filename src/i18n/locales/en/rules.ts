/** Messages of the rule engine (findings), English. */
export default {
  'table.identity': 'Item 1 + item 2 ({{left}}) does not equal item 3 + item 4 ({{right}}): column {{column}} is off by {{diff}}',
  'table.blank': 'Table {{table}} has {{count}} blank cells (enter 0 where there is nothing to report)',
  'table.blank_one': 'Table {{table}} has {{count}} blank cell (enter 0 where there is nothing to report)',
  'table.invalidCount': 'Table {{table}}, “{{row}}” / “{{column}}”: a count must be a whole number of at least 0',
  'table.invalidAmount': 'Table {{table}}, “{{row}}”: the amount must be a number with at most 6 decimals (10,000 yuan)',
  't2.townshipRules': 'Towns and streets do not make rules (规章), yet table 二 reports {{value}}; please check',
  'meta.organMissing': 'The organ name is missing',
  'meta.yearRange': 'Report year {{year}} is not between {{min}} and {{max}}; please check',
  'meta.dateMissing': 'The date under the signature is missing',
  'meta.dateBeforeYearEnd': 'The date {{date}} is before the report year ends ({{year}}-12-31)',
  'meta.dateAfterDeadline': 'The date {{date}} is after the statutory deadline {{deadline}} (Regulations art. 49)',
  'meta.dateAfterSetDeadline': 'The date {{date}} is after the publication deadline {{deadline}} set in the basics',
  'meta.stalePeriod':
    'The opening says “{{text}}”, which is {{said}}, not the report year {{year}} (kept from last year’s report?); fix it before the final copy',
  'meta.postcodeInvalid': 'The postcode “{{value}}” is not six digits',
  'meta.phoneInvalid': 'The telephone “{{value}}” does not look like a phone number (e.g. 0631-5208761 or an 11-digit mobile)',
  'meta.siteUrlInvalid': 'The website “{{value}}” is not a web address (e.g. https://www.example.gov.cn/)',
  'meta.openingMissing': 'The opening paragraph lacks: {{fields}}',
  'narrative.lastYearAsThis':
    '“{{sentence}}” opens with {{said}}, as if kept from last year’s report; this report is for {{year}}, please update it',
  'narrative.listCount':
    '“{{sentence}}” announces {{announced}} points, but the list that follows (一是、二是…) has {{listed}}: please check',
  'narrative.partsCount': '“{{sentence}}” says the report has {{announced}} parts, but it prints {{printed}}: please check',
  's5.tooShort': 'Section 五 (problems and improvements) is empty or too brief — a common audit failure',
  's6.feesUnanswered': 'Section 六 does not say whether information-processing fees were charged this year',
  's6.feesIncomplete': 'Fees were charged, but the amount or the number of cases is missing',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  'prev.carryOver': 'Table 三 “二、上年结转”, column {{column}}: {{value}}, but the {{year}} report carried forward {{previous}}',
  'prev.inForce':
    'Table 二 “{{row}}”: {{value}} in force, but last year’s {{previous}} + {{issued}} issued − {{repealed}} repealed = {{expected}}; please check',
  'prev.jump':
    'Table {{table}} “{{cell}}” is {{value}} this year, {{times}} times or more the {{year}} figure ({{previous}}): check for a digit typed twice',
  'prev.jumpFromZero': 'Table {{table}} “{{cell}}” is {{value}} this year but was 0 in {{year}}: please check',
  'prev.inForceVanished':
    'Table 二 “{{row}}”: 0 in force and 0 repealed this year, but {{previous}} were in force in {{year}}; nothing repealed cannot bring the count to 0',
  'prev.similarText':
    'About {{percent}}% of this text is the same as the {{year}} report; copied text (内容雷同) is a named audit failure — rewrite it for this year',
  'prose.figureMismatch': 'The text “{{sentence}}” says {{said}}, but table {{table}} “{{cell}}” has {{actual}}',
  'prose.breakdownExceeds': 'In “{{sentence}}” the parts after “其中” add up to {{sum}} ({{parts}}), more than the total {{total}}',
  'prose.breakdownShort':
    'In “{{sentence}}” the parts after “其中” name every category (down to “其他”) yet add up to {{sum}} ({{parts}}), less than the total {{total}}',
} as const;
