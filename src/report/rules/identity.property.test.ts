import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE3 } from '../definition/index.ts';
import { emptyReport } from '../empty.ts';
import { getInput, withInput } from '../tables.ts';
import type { RowId } from '../cells.ts';
import { consistentTables } from '../testing/arbitraries.ts';
import { identityRule } from './table-rules.ts';

const IDENTITY_ROWS: RowId<'t3'>[] = [
  'newReceived',
  'carriedOver',
  'carriedForward',
  ...(TABLE3.rows.find((r) => r.id === 'resultTotal')?.sumOf ?? []),
];
const APPLICANT_COLUMNS = TABLE3.columns.filter((c) => !('sumOf' in c)).map((c) => c.id);
const context = { today: '2026-11-21' };

describe('the printed identity 一 + 二 = （七） + 四 (property)', () => {
  it('holds for consistent tables', () => {
    fc.assert(
      fc.property(consistentTables, (tables) => {
        expect(identityRule.check({ ...emptyReport({ year: 2024 }), tables }, context)).toEqual([]);
      }),
    );
  });

  it('breaking any single input cell is reported on exactly that column and the 总计 column', () => {
    fc.assert(
      fc.property(
        consistentTables,
        fc.constantFrom(...IDENTITY_ROWS),
        fc.constantFrom(...APPLICANT_COLUMNS),
        fc.integer({ min: 1, max: 50 }),
        (tables, row, column, delta) => {
          const ref = { table: 't3' as const, row, column };
          const before = getInput(tables, ref) as number;
          const broken = withInput(tables, ref, before + delta);
          const findings = identityRule.check({ ...emptyReport({ year: 2024 }), tables: broken }, context);
          expect(findings.map((f) => f.params.columnId)).toEqual([column, 'total']);
          expect(findings.map((f) => f.params.diff)).toEqual([delta, delta]);
        },
      ),
    );
  });
});
