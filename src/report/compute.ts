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
  return evaluate(tables, planOf(table, row, column));
}

/**
 * How a cell's value is worked out, the recursion above written down once per cell: the rules ask
 * for the same totals on every run, and looking the sums up in the definition each time was the
 * bulk of the table rules' time. The order of the additions is the recursion's own.
 */
type Plan = { readonly input: CellRef } | { readonly sum: readonly Plan[] };

const plans = new WeakMap<TableDef, Map<string, Map<string, Plan>>>();

function planOf(table: TableDef, row: string, column: string): Plan {
  // A kept plan is a definition cell's: found without looking the row and column up again.
  const kept = plans.get(table)?.get(row)?.get(column);
  if (kept) return kept;
  const rowDef = findRow(table, row);
  const columnDef = findColumn(table, column);
  // Only the definition's own cells are kept: a caller's unknown id must not grow the cache.
  if (!rowDef || !columnDef) return newPlan(table, row, column, rowDef?.sumOf, columnDef?.sumOf);
  let rows = plans.get(table);
  if (!rows) plans.set(table, (rows = new Map()));
  let columns = rows.get(row);
  if (!columns) rows.set(row, (columns = new Map()));
  let plan = columns.get(column);
  if (!plan) columns.set(column, (plan = newPlan(table, row, column, rowDef.sumOf, columnDef.sumOf)));
  return plan;
}

function newPlan(table: TableDef, row: string, column: string, rowSum?: readonly string[], columnSum?: readonly string[]): Plan {
  if (columnSum) return { sum: columnSum.map((c) => planOf(table, row, c)) };
  if (rowSum) return { sum: rowSum.map((r) => planOf(table, r, column)) };
  return { input: cellOf(table, row, column) };
}

function evaluate(tables: Tables, plan: Plan): CellValue {
  if ('input' in plan) return getInput(tables, plan.input);
  let total = 0;
  let filled = false;
  for (const part of plan.sum) {
    const v = evaluate(tables, part);
    if (typeof v === 'number') {
      total += v;
      filled = true;
    }
  }
  return filled ? total : null;
}

export function valueOf(tables: Tables, table: TableDef, ref: CellRef): CellValue {
  return cellValue(tables, table, ref.row, ref.column);
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
  let acc = 0;
  for (const r of rows) {
    const v = evaluate(tables, planOf(table, r, column));
    acc += typeof v === 'number' ? v : 0;
  }
  return acc;
}
