import { describe, expect, it } from 'vitest';
import { TABLE2, TABLE3, inputCells } from '../../report/index.ts';
import { mergedGroupAt, oldTable2 } from './legacy-2019.ts';
import type { Token } from './table-reading.ts';

const tokens = (...texts: string[]): Token[] => texts.map((text, line) => ({ text, line }));

describe('the 2019 trial layout', () => {
  it('reads only 处理决定数量 from an old table 二, counting against the 2021 table’s input cells', () => {
    const old = tokens('本年新制作数量', '行政许可', '5', '6', '40', '行政处罚', '1', '2', '3', '行政强制', '0', '0', '0');
    const result = oldTable2(TABLE2, old);
    expect(result && Object.fromEntries(result.values)).toEqual({
      't2.licensing.decisions': 40,
      't2.penalty.decisions': 3,
      't2.enforcement.decisions': 0,
    });
    expect(result?.expected).toBe(inputCells(TABLE2).length);
    expect(result?.findings.map((f) => f.code)).toEqual(['oldTable2']);
  });

  it('reads 处理决定数量 past a signed 本年增/减 (corpus 03’s table with changes printed)', () => {
    // Corpus 03 (海坛片区 2022) printed this table with 0s; a year with changes prints “-3”, “＋2”.
    const cells = (line: string) => line.split('\t');
    const old = tokens(
      ...cells('信息内容\t上一年项目数量\t本年增/减\t处理决定数量'),
      ...cells('行政许可\t12\t-3\t57'),
      ...cells('其他对外管理服务事项\t0\t0\t0'),
      ...cells('第二十条第（六）项'),
      ...cells('信息内容\t上一年项目数量\t本年增/减\t处理决定数量'),
      ...cells('行政处罚\t4\t＋2\t9'),
      ...cells('行政强制\t1\t－ 1\t2'),
    );
    const result = oldTable2(TABLE2, old);
    expect(result && Object.fromEntries(result.values)).toEqual({
      't2.licensing.decisions': 57,
      't2.penalty.decisions': 9,
      't2.enforcement.decisions': 2,
    });
  });

  it('leaves 处理决定数量 blank when the row ends on its signed change: neither 12 nor 0 was printed there', () => {
    const result = oldTable2(TABLE2, tokens('本年增/减', '行政许可', '12', '-3', '行政处罚', '4', '1', '9'));
    expect(result?.values.has('t2.licensing.decisions')).toBe(false);
    expect(result?.values.get('t2.penalty.decisions')).toBe(9);
  });

  it('leaves a 2021 table 二 to the 2021 reading', () => {
    expect(oldTable2(TABLE2, tokens('规章', '1', '0', '5'))).toBeNull();
  });

  it('finds the single （六）其他处理 row at the first row of the group, and only there', () => {
    const first = TABLE3.rows.find((r) => 'group' in r && r.group === 'otherHandling');
    const old = tokens('（六）其他处理', '1', '0', '0', '0', '0', '0', '1');
    const merged = first && mergedGroupAt(TABLE3, first, old, 0);
    expect(merged?.rows.map((r) => r.id)).toEqual(['otherNoCorrection', 'otherUnpaidFee', 'otherOther']);
    expect(merged?.raw).toHaveLength(7);
    const disclosed = TABLE3.rows.find((r) => r.id === 'disclosed');
    expect(disclosed && mergedGroupAt(TABLE3, disclosed, old, 0)).toBeNull();
  });

  it('reads the single row even when a later copy of the table prints the 2021 rows', () => {
    // A report quoting two layouts (this year’s 2019-style table, then a 2021 table): the 2021 row
    // label after the single row belongs to the later table, not to this one.
    const first = TABLE3.rows.find((r) => 'group' in r && r.group === 'otherHandling');
    const old = tokens('（六）其他处理', '1', '0', '0', '0', '0', '0', '1', '（七）总计', '3', first?.label ?? '', '0');
    const merged = first && mergedGroupAt(TABLE3, first, old, 0);
    expect(merged?.raw).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(merged?.at).toBe(0);
    expect(merged?.next).toBe(8);
  });

  it('reads the single row’s figures as counts: an ordinal in a cell of its own after them is not one', () => {
    // pdftotext may print the next label’s ordinal (“1.”) apart from its text; as an amount it would
    // read as a figure, but table 三 counts whole requests.
    const first = TABLE3.rows.find((r) => 'group' in r && r.group === 'otherHandling');
    const old = tokens('（六）其他处理', '1', '0', '0', '0', '0', '0', '1', '1.', '维持行政行为');
    const merged = first && mergedGroupAt(TABLE3, first, old, 0);
    expect(merged?.raw).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    expect(merged?.next).toBe(8);
  });
});
