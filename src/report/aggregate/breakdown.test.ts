import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TABLES } from '../definition/index.ts';
import { seedDraft } from '../fixtures/seeds.ts';
import { emptyReport } from '../empty.ts';
import { getInput, withInput } from '../tables.ts';
import { valueOf } from '../compute.ts';
import { cellKind, inputCells, tableDef, type CellRef } from '../cells.ts';
import { printedGrid } from '../grid.ts';
import type { Report } from '../schema.ts';
import { aggregateOf, aggregateSum, cellBreakdown, sameFigure } from './breakdown.ts';
import { sumReports } from './sum-reports.ts';

const natural = { table: 't3', row: 'newReceived', column: 'natural' } as const;
const commercial = { table: 't3', row: 'newReceived', column: 'commercial' } as const;
const newTotal = { table: 't3', row: 'newReceived', column: 'total' } as const;
const fees = { table: 't2', row: 'fees', column: 'amount' } as const;

/** Every figure cell of the printed tables, input and computed. */
const gridCellRefs = (): CellRef[] =>
  TABLES.flatMap((t) => printedGrid(t).rows.flatMap((row) => row.cells.flatMap((c) => (c.kind === 'label' ? [] : [c.ref]))));

function unit(organ: string, cells: [CellRef, number | string | null][]): Report {
  const r = emptyReport({ organ, year: 2024 });
  for (const [ref, value] of cells) r.tables = withInput(r.tables, ref, value);
  return r;
}

// 甲镇 12 + 2, 乙镇 nothing, 丙镇 3: worked out by hand below.
const units = [
  unit('甲镇人民政府', [
    [natural, 12],
    [commercial, 2],
    [fees, '0.1'],
  ]),
  unit('乙镇人民政府', []),
  unit('丙镇人民政府', [
    [natural, 3],
    [fees, '0.2'],
  ]),
];
const summed = () => sumReports(units, { organ: '某县人民政府', year: 2024, sources: ['a/甲.json', 'b\\乙.json', '丙.json'] }).report;

describe('汇总 breakdown of a cell', () => {
  it('an input cell: each unit’s figure, blank units as blank, and the sum', () => {
    const b = cellBreakdown(summed(), natural);
    expect(b?.figures.map((f) => [f.unit.organ, f.value])).toEqual([
      ['甲镇人民政府', 12],
      ['乙镇人民政府', null],
      ['丙镇人民政府', 3],
    ]);
    expect(b).toMatchObject({ sum: 15, current: 15, edited: false });
  });

  it('an amount is summed as a decimal, exactly', () => {
    expect(cellBreakdown(summed(), fees)).toMatchObject({ sum: '0.3', current: '0.3', edited: false });
    expect(cellBreakdown(summed(), fees)?.figures.map((f) => f.value)).toEqual(['0.1', null, '0.2']);
  });

  it('a computed total: each unit’s own total of its parts', () => {
    const b = cellBreakdown(summed(), newTotal);
    expect(b?.figures.map((f) => f.value)).toEqual([14, null, 3]);
    expect(b).toMatchObject({ sum: 17, current: 17, edited: false });
    const corner = cellBreakdown(summed(), { table: 't3', row: 'resultTotal', column: 'total' });
    expect(corner?.figures.map((f) => f.value)).toEqual([null, null, null]);
    expect(corner).toMatchObject({ sum: null, current: null, edited: false });
  });

  it('says when the draft’s figure was changed after summing, and its totals with it', () => {
    const report = summed();
    const edited = { ...report, tables: withInput(report.tables, natural, 17) };
    expect(cellBreakdown(edited, natural)).toMatchObject({ sum: 15, current: 17, edited: true });
    expect(cellBreakdown(edited, newTotal)).toMatchObject({ sum: 17, current: 19, edited: true });
    expect(cellBreakdown(edited, commercial)).toMatchObject({ sum: 2, current: 2, edited: false });
    // Cleared: blank is not the sum either.
    expect(cellBreakdown({ ...report, tables: withInput(report.tables, commercial, null) }, commercial)).toMatchObject({
      sum: 2,
      current: null,
      edited: true,
    });
    // A cell no unit filled, typed into afterwards.
    const research = { table: 't3', row: 'newReceived', column: 'research' } as const;
    expect(cellBreakdown({ ...report, tables: withInput(report.tables, research, 0) }, research)).toMatchObject({
      sum: null,
      current: 0,
      edited: true,
    });
  });

  it('is null in a draft that is not a 汇总', () => {
    expect(cellBreakdown(units[0] as Report, natural)).toBeNull();
  });

  it('keeps the units’ names, years and file names (not their folders), and only cells someone filled', () => {
    const { aggregate } = summed();
    expect(aggregate?.units).toEqual([
      { organ: '甲镇人民政府', year: 2024, source: '甲.json' },
      { organ: '乙镇人民政府', year: 2024, source: '乙.json' },
      { organ: '丙镇人民政府', year: 2024, source: '丙.json' },
    ]);
    expect(Object.keys(aggregate?.cells ?? {}).sort()).toEqual(['t2.fees.amount', 't3.newReceived.commercial', 't3.newReceived.natural']);
  });

  it('amounts compare as decimals', () => {
    expect(sameFigure('1.50', '1.5')).toBe(true);
    expect(sameFigure('1.5', '1.6')).toBe(false);
    expect(sameFigure(null, 0)).toBe(false);
    expect(sameFigure(3, 3)).toBe(true);
  });

  it('a blank amount is not an amount of 0, either way round, and clearing a summed amount is an edit', () => {
    // Table 二's fees printed as 0 and fees left blank are different answers: the breakdown must
    // mark a cleared 汇总 amount as edited rather than fail to compare it.
    expect(sameFigure(null, '0')).toBe(false);
    expect(sameFigure('0', null)).toBe(false);
    expect(sameFigure(null, null)).toBe(true);
    const report = summed();
    expect(cellBreakdown({ ...report, tables: withInput(report.tables, fees, null) }, fees)).toMatchObject({
      sum: '0.3',
      current: null,
      edited: true,
    });
  });

  it('for three seed units, every cell’s breakdown adds up to the summed draft (none edited)', () => {
    const seeds = (['000', '002', '003'] as const).map((id) => seedDraft(id).report);
    const { report } = sumReports(seeds, { organ: '县', year: 2024 });
    for (const ref of gridCellRefs()) {
      const b = cellBreakdown(report, ref);
      expect(b?.edited, JSON.stringify(ref)).toBe(false);
      expect(b?.figures.map((f) => f.value)).toEqual(seeds.map((s) => valueOf(s.tables, tableDef(ref.table), ref)));
    }
  });

  it('for random units, the kept figures add up to the summed tables in every cell, totals included', () => {
    const allCells = TABLES.flatMap((t) => inputCells(t).map((ref) => ({ table: t, ref })));
    const value = fc.option(fc.nat({ max: 1000 }), { nil: null, freq: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: allCells.length, maxLength: allCells.length }), { minLength: 1, maxLength: 4 }),
        (grid) => {
          const reports = grid.map((values) => {
            const r = emptyReport({ year: 2024 });
            allCells.forEach(({ table, ref }, i) => {
              const v = values[i] ?? null;
              r.tables = withInput(r.tables, ref, v === null ? null : cellKind(table, ref.column) === 'amount' ? `${v}.5` : v);
            });
            return r;
          });
          const { report } = sumReports(reports, { organ: '县', year: 2024 });
          const aggregate = aggregateOf(reports.map((r) => ({ report: r })));
          if (!aggregate) throw new Error('no aggregate');
          for (const ref of gridCellRefs()) {
            const sum = aggregateSum(aggregate, ref);
            expect(sameFigure(sum, valueOf(report.tables, tableDef(ref.table), ref)), JSON.stringify(ref)).toBe(true);
            expect(cellBreakdown(report, ref)?.edited).toBe(false);
          }
          expect(getInput(report.tables, natural)).toBe(aggregateSum(aggregate, natural));
        },
      ),
      { numRuns: 12 },
    );
  });
});
