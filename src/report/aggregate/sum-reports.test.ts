import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TABLES } from '../definition/index.ts';
import { cellId, cellKind, inputCells, tableDef } from '../cells.ts';
import { seedDraft } from '../fixtures/seeds.ts';
import { emptyReport } from '../empty.ts';
import { getInput, withInput } from '../tables.ts';
import { valueOf } from '../compute.ts';
import { sumReports, sumTables } from './sum-reports.ts';
import { parentDifferences } from './parent-check.ts';

const units = (['000', '002', '003'] as const).map((id) => seedDraft(id).report);

describe('汇总: the units’ tables summed', () => {
  it('gives, for three seed units, the sums worked out by hand', () => {
    const { report } = sumReports(units, { organ: '某县人民政府', year: 2024 });
    // Table 三, 本年新收申请 总计 (computed from the summed inputs) equals the three printed totals.
    const total = (r: (typeof units)[number]) => valueOf(r.tables, tableDef('t3'), { table: 't3', row: 'newReceived', column: 'total' });
    const printed = units.map(total);
    expect(printed.every((v) => typeof v === 'number')).toBe(true);
    expect(total(report)).toBe((printed as number[]).reduce((a, b) => a + b, 0));
    expect(report.organ.name).toBe('某县人民政府');
    expect(report.year).toBe(2024);
    expect(report.narrative.overview.intro).toBe('');
  });

  it('sums every input cell, keeps a cell no unit filled blank, and says who gave what', () => {
    const a = emptyReport({ year: 2024 });
    const b = emptyReport({ year: 2024 });
    const natural = { table: 't3', row: 'newReceived', column: 'natural' } as const;
    const fees = { table: 't2', row: 'fees', column: 'amount' } as const;
    a.tables = withInput(withInput(a.tables, natural, 3), fees, '0.1');
    b.tables = withInput(withInput(b.tables, natural, 4), fees, '0.2');
    const { tables, contributions } = sumTables([a, b]);
    expect(getInput(tables, natural)).toBe(7);
    expect(getInput(tables, fees)).toBe('0.3');
    expect(getInput(tables, { table: 't3', row: 'newReceived', column: 'commercial' })).toBeNull();
    expect(contributions[cellId(natural)]).toEqual([
      { unit: 0, value: 3 },
      { unit: 1, value: 4 },
    ]);
    expect(contributions[cellId({ table: 't3', row: 'newReceived', column: 'commercial' })]).toEqual([]);
  });

  it('a parent that printed the sum has no differences; one changed cell is named with both figures', () => {
    const { report } = sumReports(units, { organ: '县', year: 2024 });
    expect(parentDifferences(report, units)).toEqual([]);
    const cell = { table: 't4', row: 'review', column: 'upheld' } as const;
    const own = { ...report, tables: withInput(report.tables, cell, Number(getInput(report.tables, cell) ?? 0) + 2) };
    const differences = parentDifferences(own, units);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toMatchObject({ cell: cellId(cell), difference: 2 });
  });

  it('for random units, every summed count cell is the sum of the units’ cells (blank only when all are)', () => {
    const allCells = TABLES.flatMap((t) => inputCells(t).map((ref) => ({ table: t, ref })));
    const value = fc.option(fc.nat({ max: 10_000 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: allCells.length, maxLength: allCells.length }), { minLength: 1, maxLength: 5 }),
        (grid) => {
          const reports = grid.map((values) => {
            const r = emptyReport({ year: 2024 });
            allCells.forEach(({ table, ref }, i) => {
              const v = values[i] ?? null;
              r.tables = withInput(r.tables, ref, v === null ? null : cellKind(table, ref.column) === 'amount' ? String(v) : v);
            });
            return r;
          });
          const { tables } = sumTables(reports);
          allCells.forEach(({ table, ref }, i) => {
            const filled = grid.map((row) => row[i] ?? null).filter((v): v is number => v !== null);
            const expected = filled.length === 0 ? null : filled.reduce((s, v) => s + v, 0);
            const got = getInput(tables, ref);
            expect(got === null ? null : Number(got)).toBe(expected);
            if (cellKind(table, ref.column) === 'amount' && got !== null) expect(typeof got).toBe('string');
          });
          expect(parentDifferences({ tables }, reports)).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
