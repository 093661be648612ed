import { describe, expect, it } from 'vitest';
import { TABLES, printedGrid } from '../report/index.ts';
import { TEXT_WIDTH, columnWidths } from './layout.ts';

const widthsOf = (def: (typeof TABLES)[number]) => {
  const grid = printedGrid(def);
  return columnWidths(def.layout.kind, grid.columns, grid.labelColumns);
};

describe('columnWidths', () => {
  it('gives every grid column a width, summing to the text width', () => {
    for (const def of TABLES) {
      const widths = widthsOf(def);
      expect(widths).toHaveLength(printedGrid(def).columns);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      expect(widths.every((w) => w > 0)).toBe(true);
    }
  });
  it('keeps the widths the official tables print with', () => {
    const [t2, t3, t4] = TABLES.map(widthsOf);
    expect(t2).toEqual([2645, 2067, 2067, 2066]);
    // Number columns 660 → 700 (issue 13): six digits fit at 小五, seven shrink to 8 pt (fit.ts).
    expect(t3).toEqual([567, 1020, 2358, 700, 700, 700, 700, 700, 700, 700]);
    expect(t4).toEqual([...Array.from({ length: 14 }, () => 590), 585]);
  });
});
