/**
 * Reference: 国办公开办函〔2021〕30号, table 四 “政府信息公开行政复议、行政诉讼情况”.
 * Stored as 3 rows × 5 columns; printed as one row of 15 numbers under a two-level header.
 */
import type { TableDef } from './types.ts';

export const TABLE4 = {
  id: 't4',
  number: '四',
  columns: [
    { id: 'upheld', label: '结果维持' },
    { id: 'corrected', label: '结果纠正' },
    { id: 'other', label: '其他结果' },
    { id: 'pending', label: '尚未审结' },
    { id: 'total', label: '总计', sumOf: ['upheld', 'corrected', 'other', 'pending'] },
  ],
  rows: [
    { id: 'review', label: '行政复议' },
    { id: 'suitDirect', label: '未经复议直接起诉', group: 'litigation' },
    { id: 'suitAfterReview', label: '复议后起诉', group: 'litigation' },
  ],
  identities: [],
  layout: {
    kind: 'flattened',
    rowGroups: [{ id: 'litigation', label: '行政诉讼' }],
  },
} as const satisfies TableDef;
