import { describe, expect, it } from 'vitest';
import { TABLE3, TABLE4 } from './index.ts';
import { cellLabel } from './cell-label.ts';

describe('cellLabel', () => {
  it('names a table 三 cell by its row groups, row, column group and column', () => {
    expect(cellLabel(TABLE3, { table: 't3', row: 'withheldStateSecret', column: 'research' })).toBe(
      '三、本年度办理结果 （三）不予公开 1.属于国家秘密 法人或其他组织 科研机构',
    );
  });
  it('names a table 四 cell by its group, row and column', () => {
    expect(cellLabel(TABLE4, { table: 't4', row: 'suitDirect', column: 'upheld' })).toBe('行政诉讼 未经复议直接起诉 结果维持');
  });
});
