/**
 * Computed cells (table 三's 总计 column and （七）总计 row, table 四's 总计), derived from the
 * sums declared in the definition. They are never stored and never typed.
 * Reference: docs/format.md §4 (relations 2 and 3) and §5.
 */
import type { TableDef } from './definition/index.ts';
import { cellOf, findColumn, findRow, isComputed, type CellRef } from './cells.ts';
import { getInput } from './tables.ts';
import type { CellValue } from './model.ts';
import type { Tables } from './schema.ts';

/**
 * The value of any cell: inputs as stored; a computed cell is the sum of its addends, counting
 * blanks as 0 while at least one addend is filled, and blank when all are blank.
 */
export function cellValue(tables: Tables, table: TableDef, row: string, column: string): CellValue {
  const rowSum = findRow(table, row)?.sumOf;
  const columnSum = findColumn(table, column)?.sumOf;
  if (columnSum) return sumOf(columnSum.map((c) => cellValue(tables, table, row, c)));
  if (rowSum) return sumOf(rowSum.map((r) => cellValue(tables, table, r, column)));
  return getInput(tables, cellOf(table, row, column));
}

export function valueOf(tables: Tables, table: TableDef, ref: CellRef): CellValue {
  return cellValue(tables, table, ref.row, ref.column);
}

function sumOf(values: readonly CellValue[]): number | null {
  let total = 0;
  let filled = false;
  for (const v of values) {
    if (typeof v === 'number') {
      total += v;
      filled = true;
    }
  }
  return filled ? total : null;
}

/** The input cells a computed cell depends on (recursively), e.g. for marking a finding. */
export function addendsOf(table: TableDef, row: string, column: string): CellRef[] {
  if (!isComputed(table, row, column)) return [cellOf(table, row, column)];
  const columnSum = findColumn(table, column)?.sumOf;
  if (columnSum) return columnSum.flatMap((c) => addendsOf(table, row, c));
  const rowSum = findRow(table, row)?.sumOf ?? [];
  return rowSum.flatMap((r) => addendsOf(table, r, column));
}

/** Sum of a list of rows in one column (blank counted as 0). */
export function sumRows(tables: Tables, table: TableDef, rows: readonly string[], column: string): number {
  return rows.reduce((acc, r) => {
    const v = cellValue(tables, table, r, column);
    return acc + (typeof v === 'number' ? v : 0);
  }, 0);
}
