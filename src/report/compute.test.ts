import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE3, TABLE4 } from './definition/index.ts';
import { cellValue } from './compute.ts';
import { emptyTables, withInput } from './tables.ts';
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
});
