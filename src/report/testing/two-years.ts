/** Reports that remember last year's tables, for the rules that compare the two years. */
import { emptyReport } from '../empty.ts';
import { withInput } from '../tables.ts';
import type { CellRef } from '../cells.ts';
import type { Report, Tables } from '../schema.ts';

export function withCells(tables: Tables, cells: readonly [CellRef, number][]): Tables {
  return cells.reduce((t, [ref, v]) => withInput(t, ref, v), tables);
}

/** A 2025 report remembering 2024, with the given cells set in each year. */
export function twoYears(last: readonly [CellRef, number][], now: readonly [CellRef, number][]): Report {
  const before = emptyReport({ year: 2024, organ: '某镇人民政府' });
  const report = emptyReport({ year: 2025, organ: '某镇人民政府' });
  return {
    ...report,
    tables: withCells(report.tables, now),
    previous: { year: 2024, tables: withCells(before.tables, last), narrative: before.narrative },
  };
}
