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
});
