/** The review table's columns, sort and filter, as data (no React): the table and the export share them. */
import { countsOf, type ReviewRow } from './review.ts';

export const COLUMNS = [
  'file',
  'organ',
  'year',
  'kind',
  'format',
  'cells',
  'errors',
  'warnings',
  'totals',
  'prose',
  'stale',
  'similarity',
] as const;
export type ColumnId = (typeof COLUMNS)[number];
export type SortValue = string | number | null;

/** A row's value in a column, for sorting, filtering and the exported sheet. */
export function valueIn(row: ReviewRow, column: ColumnId): SortValue {
  if (column === 'file') return row.file;
  if (!row.ok) return null;
  const counts = countsOf(row);
  switch (column) {
    case 'organ':
      return row.report.organ.name;
    case 'year':
      return row.report.year;
    case 'kind':
      return row.report.organ.kind;
    case 'format':
      return row.format;
    case 'cells':
      return row.cells ? row.cells.read / Math.max(1, row.cells.expected) : null;
    case 'errors':
      return counts.errors;
    case 'warnings':
      return counts.warnings;
    case 'totals':
      return counts.totalsNotAddingUp;
    case 'prose':
      return counts.prose;
    case 'stale':
      return counts.stale;
    case 'similarity':
      return counts.similarity;
  }
}

export interface View {
  sort: { column: ColumnId; descending: boolean };
  filter: string;
  onlyProblems: boolean;
}

function compare(a: SortValue, b: SortValue): number {
  // Blanks (unreadable files, no figure) sort last whatever the direction.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');
}

/** The rows to show, in order: filtered by text and problems, sorted by the chosen column. */
export function visibleRows(rows: readonly ReviewRow[], view: View): ReviewRow[] {
  const needle = view.filter.trim().toLowerCase();
  const shown = rows.filter((row) => {
    if (needle && !`${row.file} ${row.ok ? row.report.organ.name : ''}`.toLowerCase().includes(needle)) return false;
    if (!view.onlyProblems) return true;
    if (!row.ok) return true;
    const counts = countsOf(row);
    return counts.errors + counts.warnings > 0;
  });
  const { column, descending } = view.sort;
  return shown
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      const a = valueIn(x.row, column);
      const b = valueIn(y.row, column);
      if (a === null || b === null) return compare(a, b) || x.i - y.i;
      return (descending ? -compare(a, b) : compare(a, b)) || x.i - y.i;
    })
    .map((x) => x.row);
}
