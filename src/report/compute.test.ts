import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE3, TABLE4, TABLES, type TableDef } from './definition/index.ts';
import { cellOf, findColumn, findRow } from './cells.ts';
import { cellValue, sumRows } from './compute.ts';
import type { CellValue } from './model.ts';
import type { Tables } from './schema.ts';
import { emptyTables, getInput, withInput } from './tables.ts';
import { anyFilledTables } from './testing/arbitraries.ts';

const num = (v: unknown) => (typeof v === 'number' ? v : NaN);
const APPLICANTS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];
const RESULTS = TABLE3.rows.find((r) => r.id === 'resultTotal')?.sumOf ?? [];

describe('computed cells (docs/format.md §4 relations 2–3, §5)', () => {
  it('table 三: every row total is the sum of the six applicant columns', () => {
    fc.assert(
      fc.property(anyFilledTables, (tables) => {
        for (const row of TABLE3.rows) {
          const sum = APPLICANTS.reduce((a, c) => a + num(cellValue(tables, TABLE3, row.id, c)), 0);
          expect(cellValue(tables, TABLE3, row.id, 'total')).toBe(sum);
        }
      }),
    );
  });

  it('table 三: （七）总计 is the sum of the 21 result rows in every column, 总计 column included', () => {
    fc.assert(
      fc.property(anyFilledTables, (tables) => {
        for (const column of TABLE3.columns) {
          const sum = RESULTS.reduce((a, r) => a + num(cellValue(tables, TABLE3, r, column.id)), 0);
          expect(cellValue(tables, TABLE3, 'resultTotal', column.id)).toBe(sum);
        }
      }),
    );
  });

  it('table 四: each block total is 维持 + 纠正 + 其他 + 尚未审结', () => {
    fc.assert(
      fc.property(anyFilledTables, (tables) => {
        for (const row of TABLE4.rows) {
          const sum = ['upheld', 'corrected', 'other', 'pending'].reduce((a, c) => a + num(cellValue(tables, TABLE4, row.id, c)), 0);
          expect(cellValue(tables, TABLE4, row.id, 'total')).toBe(sum);
        }
      }),
    );
  });

  it('a total is blank while all its parts are blank, and counts filled parts while typing', () => {
    let tables = emptyTables();
    expect(cellValue(tables, TABLE3, 'newReceived', 'total')).toBeNull();
    tables = withInput(tables, { table: 't3', row: 'newReceived', column: 'natural' }, 5);
    expect(cellValue(tables, TABLE3, 'newReceived', 'total')).toBe(5);
    expect(cellValue(tables, TABLE3, 'resultTotal', 'natural')).toBeNull();
  });

  it('is the definition’s recursion, additions in its order, with half-filled and fractional parts too', () => {
    // The recursion as written before the plans were cached (compute.ts), as the reference.
    const reference = (tables: Tables, table: TableDef, row: string, column: string): CellValue => {
      const columnSum = findColumn(table, column)?.sumOf;
      const rowSum = findRow(table, row)?.sumOf;
      const parts = columnSum
        ? columnSum.map((c) => reference(tables, table, row, c))
        : rowSum?.map((r) => reference(tables, table, r, column));
      if (!parts) return getInput(tables, cellOf(table, row, column));
      const numbers = parts.filter((v): v is number => typeof v === 'number');
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) : null;
    };
    const sparse = anyFilledTables.chain((tables) =>
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(null, 0.1, 0.2, 1e16, 3)), { maxLength: 40 }).map((edits) => {
        let out = tables;
        for (const [at, value] of edits) {
          const table = TABLES[at % TABLES.length] as TableDef;
          const row = table.rows[at % table.rows.length];
          const column = table.columns[(at >> 3) % table.columns.length];
          if (row && column && !row.sumOf && !column.sumOf && column.kind !== 'amount')
            out = withInput(out, cellOf(table, row.id, column.id), value);
        }
        return out;
      }),
    );
    fc.assert(
      fc.property(sparse, (tables) => {
        for (const table of TABLES)
          for (const row of table.rows)
            for (const column of table.columns)
              expect(cellValue(tables, table, row.id, column.id)).toBe(reference(tables, table, row.id, column.id));
        const rows = TABLE3.rows.map((r) => r.id);
        const byReference = rows.reduce((a, r) => a + (Number(reference(tables, TABLE3, r, 'total')) || 0), 0);
        expect(sumRows(tables, TABLE3, rows, 'total')).toBe(byReference);
      }),
      { numRuns: 60 },
    );
  });

  it('reads ids the definition does not have as blank inputs', () => {
    const tables = withInput(emptyTables(), { table: 't3', row: 'newReceived', column: 'natural' }, 5);
    expect(cellValue(tables, TABLE3, 'noSuchRow', 'natural')).toBeNull();
    expect(cellValue(tables, TABLE3, 'newReceived', 'noSuchColumn')).toBeNull();
    expect(cellValue(tables, TABLE3, 'newReceived', 'natural')).toBe(5);
  });
});
