/**
 * Reference: 国办公开办函〔2021〕30号, table 三 “收到和处理政府信息公开申请情况”.
 * Labels verbatim; group labels are merged cells, not subtotal rows.
 */
import { rowsUnder } from './groups.ts';
import type { GroupDef, RowDef, TableDef } from './types.ts';

const APPLICANT_COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'] as const;

/** The rows above （七）总计, in printed order. */
const ROWS_BEFORE_TOTAL = [
  { id: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { id: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  { id: 'disclosed', label: '（一）予以公开', group: 'results' },
  { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', group: 'results' },
  { id: 'withheldStateSecret', label: '1.属于国家秘密', group: 'withheld' },
  { id: 'withheldProhibitedByLaw', label: '2.其他法律行政法规禁止公开', group: 'withheld' },
  { id: 'withheldThreeSecurity', label: '3.危及“三安全一稳定”', group: 'withheld' },
  { id: 'withheldThirdParty', label: '4.保护第三方合法权益', group: 'withheld' },
  { id: 'withheldInternalAffairs', label: '5.属于三类内部事务信息', group: 'withheld' },
  { id: 'withheldProcess', label: '6.属于四类过程性信息', group: 'withheld' },
  { id: 'withheldEnforcementFile', label: '7.属于行政执法案卷', group: 'withheld' },
  { id: 'withheldQueryMatter', label: '8.属于行政查询事项', group: 'withheld' },
  { id: 'unableNotHeld', label: '1.本机关不掌握相关政府信息', group: 'unable' },
  { id: 'unableNeedsCreation', label: '2.没有现成信息需要另行制作', group: 'unable' },
  { id: 'unableUnclear', label: '3.补正后申请内容仍不明确', group: 'unable' },
  { id: 'notHandledPetition', label: '1.信访举报投诉类申请', group: 'notHandled' },
  { id: 'notHandledRepeat', label: '2.重复申请', group: 'notHandled' },
  { id: 'notHandledPublication', label: '3.要求提供公开出版物', group: 'notHandled' },
  { id: 'notHandledMassive', label: '4.无正当理由大量反复申请', group: 'notHandled' },
  { id: 'notHandledConfirm', label: '5.要求行政机关确认或重新出具已获取信息', group: 'notHandled' },
  {
    id: 'otherNoCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: 'otherHandling',
  },
  {
    id: 'otherUnpaidFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: 'otherHandling',
  },
  { id: 'otherOther', label: '3.其他', group: 'otherHandling' },
] as const satisfies readonly RowDef[];

const ROW_GROUPS = [
  { id: 'results', label: '三、本年度办理结果' },
  { id: 'withheld', label: '（三）不予公开', parent: 'results' },
  { id: 'unable', label: '（四）无法提供', parent: 'results' },
  { id: 'notHandled', label: '（五）不予处理', parent: 'results' },
  { id: 'otherHandling', label: '（六）其他处理', parent: 'results' },
] as const satisfies readonly GroupDef[];

export const TABLE3 = {
  id: 't3',
  number: '三',
  columns: [
    { id: 'natural', label: '自然人' },
    { id: 'commercial', label: '商业企业', group: 'legalPerson' },
    { id: 'research', label: '科研机构', group: 'legalPerson' },
    { id: 'publicInterest', label: '社会公益组织', group: 'legalPerson' },
    { id: 'legalService', label: '法律服务机构', group: 'legalPerson' },
    { id: 'otherOrg', label: '其他', group: 'legalPerson' },
    { id: 'total', label: '总计', sumOf: APPLICANT_COLUMNS },
  ],
  rows: [
    ...ROWS_BEFORE_TOTAL,
    // （七）总计 adds up every row under 三、本年度办理结果, read from the groups.
    { id: 'resultTotal', label: '（七）总计', group: 'results', sumOf: rowsUnder(ROWS_BEFORE_TOTAL, ROW_GROUPS, 'results') },
    { id: 'carriedForward', label: '四、结转下年度继续办理' },
  ],
  identities: [
    // Printed in the corner cell: 第一项加第二项之和，等于第三项加第四项之和.
    { id: 'balance', left: ['newReceived', 'carriedOver'], right: ['resultTotal', 'carriedForward'] },
  ],
  layout: {
    kind: 'matrix',
    labelColumns: 3,
    cornerNote: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    columnsCaption: '申请人情况',
    rowGroups: ROW_GROUPS,
    columnGroups: [{ id: 'legalPerson', label: '法人或其他组织' }],
  },
} as const satisfies TableDef;
