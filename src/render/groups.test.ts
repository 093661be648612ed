import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/index.ts';
import { tableModel } from './model.ts';

describe('table rows kept with the next', () => {
  const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });

  it('keeps each of table 三’s groups （三）–（六） together, and its header rows, but not the 22 rows of 三、 as one', () => {
    const t3 = tableModel(report, 't3');
    const kept = t3.rows.flatMap((row, r) => (row.keepNext ? [r] : []));
    // Header rows 0–2 (the last with the first data row); 三、's first rows 5–6 with its first group;
    // （三） rows 7–14, （四） 15–17, （五） 18–22, （六） 23–25 (each but its last).
    expect(kept).toEqual([0, 1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 18, 19, 20, 21, 23, 24]);
  });

  it('keeps every row of the short tables 二 and 四 with the next', () => {
    for (const id of ['t2', 't4'] as const) {
      const rows = tableModel(report, id).rows;
      expect(rows.map((r) => r.keepNext)).toEqual(rows.map((_, i) => i < rows.length - 1));
    }
  });
});
