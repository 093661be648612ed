/** Messages of the rule engine (findings), Simplified Chinese. */
export default {
  'table.identity': '第一项加第二项之和（{{left}}）不等于第三项加第四项之和（{{right}}）：{{column}}列相差{{diff}}',
  'table.blank': '表{{table}}有{{count}}个单元格未填写（没有数字请填0）',
  'table.invalidCount': '表{{table}}“{{row}}”“{{column}}”的值无效：件数须为不小于0的整数',
  'table.invalidAmount': '表{{table}}“{{row}}”的金额无效：须为数字，最多6位小数（单位：万元）',
  't2.townshipRules': '乡镇、街道不制定规章，但表二“规章”填了{{value}}件，请核实',
  'meta.organMissing': '未填写机关名称',
  'meta.yearRange': '报告年度{{year}}不在{{min}}年至{{max}}年之间，请核实',
  'meta.dateMissing': '未填写落款日期',
  'meta.dateBeforeYearEnd': '落款日期{{date}}早于报告年度结束（{{year}}年12月31日）',
  'meta.dateAfterDeadline': '落款日期{{date}}晚于法定发布期限{{deadline}}（《条例》第四十九条）',
  'meta.openingMissing': '开头段落缺少：{{fields}}',
  's5.tooShort': '第五部分“存在的主要问题及改进情况”为空或过于简略，这是常见的考核扣分项',
  's6.feesUnanswered': '第六部分未说明本年度是否收取信息处理费',
  's6.feesIncomplete': '已选择收取信息处理费，但未填写金额或件数',
  severity: { error: '错误', warning: '提示', info: '说明' },
  'prev.carryOver': '表三“二、上年结转”{{column}}列为{{value}}，而{{year}}年报告“四、结转下年度继续办理”为{{previous}}',
  'prev.inForce':
    '表二“{{row}}”现行有效{{value}}件，按上年现行有效{{previous}}件+本年制发{{issued}}件−废止{{repealed}}件应为{{expected}}件，请核实',
  'prev.similarText': '此段与{{year}}年报告相同部分约{{percent}}%，内容雷同是考核扣分项，请据本年度实际改写',
  'prose.figureMismatch': '正文“{{sentence}}”中的数字{{said}}与表{{table}}“{{cell}}”的{{actual}}不一致',
  'prose.breakdownExceeds': '正文“{{sentence}}”中“其中”各项之和{{sum}}（{{parts}}）超过总数{{total}}',
} as const;
