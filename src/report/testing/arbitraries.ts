/**
 * fast-check generators of tables, shared by property tests. `consistentTables` builds table 三
 * so that the printed identity holds in every column (as a correct report's does).
 */
import fc from 'fast-check';
import { TABLE3, TABLES, type TableDef } from '../definition/index.ts';
import { cellKind, inputCells, type CellRef, type ColumnId, type RowId } from '../cells.ts';
import { emptyTables, withInput } from '../tables.ts';
import type { Tables } from '../schema.ts';

const count = fc.integer({ min: 0, max: 100_000 });
const amount = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 9999 }))
  .map(([w, f]) => (f === 0 ? String(w) : `${w}.${String(f).padStart(4, '0').replace(/0+$/, '')}`));

function setAll(tables: Tables, table: TableDef, values: readonly (number | string)[]): Tables {
  return inputCells(table).reduce((t, cell, i) => withInput(t, cell, values[i] ?? 0), tables);
}

/** Every input cell filled with a random valid value (the identity may not hold). */
export const anyFilledTables: fc.Arbitrary<Tables> = fc
  .tuple(
    ...TABLES.map((table) => fc.tuple(...inputCells(table).map((cell) => (cellKind(table, cell.column) === 'amount' ? amount : count)))),
  )
  .map((perTable) => TABLES.reduce((t, table, i) => setAll(t, table, perTable[i] ?? []), emptyTables()));

const RESULT_ROWS = TABLE3.rows.find((r) => r.id === 'resultTotal')?.sumOf ?? [];
const APPLICANT_COLUMNS = TABLE3.columns.filter((c) => !('sumOf' in c)).map((c) => c.id);

/** Filled tables whose table 三 satisfies 一 + 二 = （七） + 四 in every column. */
export const consistentTables: fc.Arbitrary<Tables> = fc
  .tuple(
    anyFilledTables,
    fc.array(
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: RESULT_ROWS.length, maxLength: RESULT_ROWS.length }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
      ),
      {
        minLength: APPLICANT_COLUMNS.length,
        maxLength: APPLICANT_COLUMNS.length,
      },
    ),
  )
  .map(([base, columns]) => {
    let tables = base;
    APPLICANT_COLUMNS.forEach((column, i) => {
      const [results = [], forward = 0, over = 0] = columns[i] ?? [];
      const handled = results.reduce((a, b) => a + b, 0);
      const carriedOver = Math.min(over, handled + forward);
      const set = (row: RowId<'t3'>, value: number) => (tables = withInput(tables, { table: 't3', row, column }, value));
      RESULT_ROWS.forEach((row, r) => set(row, results[r] ?? 0));
      set('carriedForward', forward);
      set('carriedOver', carriedOver);
      set('newReceived', handled + forward - carriedOver);
    });
    return tables;
  });

export function t3Cell(row: RowId<'t3'>, column: ColumnId<'t3'>): CellRef<'t3'> {
  return { table: 't3', row, column };
}
