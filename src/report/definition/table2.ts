/**
 * Reference: 国办公开办函〔2021〕30号, table 二 “主动公开政府信息情况”
 * (条例 第二十条第（一）（五）（六）（八）项). Labels verbatim.
 */
import type { TableDef } from './types.ts';

export const TABLE2 = {
  id: 't2',
  number: '二',
  columns: [
    { id: 'issued', label: '本年制发件数' },
    { id: 'repealed', label: '本年废止件数' },
    { id: 'inForce', label: '现行有效件数' },
    { id: 'decisions', label: '本年处理决定数量' },
    { id: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount', unit: '万元' },
  ],
  rows: [
    { id: 'rules', label: '规章', block: 'item1', columns: ['issued', 'repealed', 'inForce'] },
    { id: 'normativeDocs', label: '行政规范性文件', block: 'item1', columns: ['issued', 'repealed', 'inForce'] },
    { id: 'licensing', label: '行政许可', block: 'item5', columns: ['decisions'] },
    { id: 'penalty', label: '行政处罚', block: 'item6', columns: ['decisions'] },
    { id: 'enforcement', label: '行政强制', block: 'item6', columns: ['decisions'] },
    { id: 'fees', label: '行政事业性收费', block: 'item8', columns: ['amount'] },
  ],
  identities: [],
  layout: {
    kind: 'blocks',
    rowHeaderLabel: '信息内容',
    blocks: [
      { id: 'item1', caption: '第二十条第（一）项', columns: ['issued', 'repealed', 'inForce'] },
      { id: 'item5', caption: '第二十条第（五）项', columns: ['decisions'] },
      { id: 'item6', caption: '第二十条第（六）项', columns: ['decisions'] },
      { id: 'item8', caption: '第二十条第（八）项', columns: ['amount'] },
    ],
  },
} as const satisfies TableDef;
