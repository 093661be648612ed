/**
 * Who contributed what to a cell of a 汇总 draft (issue 16). The draft keeps each unit's figures
 * (`aggregate`); a cell's breakdown lists them with their sum, and says when the draft's figure no
 * longer equals that sum (the reviewer corrected it after summing). A computed cell (总计) is broken
 * down the same way: each unit's figure is that unit's own total of the cell's addends.
 */
import { TABLES } from '../definition/index.ts';
import { cellId, cellKind, inputCells, isComputed, tableDef, type CellRef } from '../cells.ts';
import { addendsOf, valueOf } from '../compute.ts';
import { cutText } from '../limits.ts';
import type { CellValue } from '../model.ts';
import { LINE_LIMIT, MAX_AGGREGATE_UNITS, type Aggregate, type AggregateCells, type Report } from '../schema.ts';
import { getInput } from '../tables.ts';
import { amountDifference, sumAmounts } from './decimal.ts';

export type AggregateUnit = Aggregate['units'][number];

/** A unit summed into the draft: its report, and the file it came from when there is one. */
export interface SummedUnit {
  report: Pick<Report, 'organ' | 'year' | 'tables'>;
  source?: string;
}

/** The file's own name: the folders above it say nothing the reviewer needs and may name people. */
const fileName = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/**
 * The units' figures as the draft keeps them, or undefined for more units than a draft keeps (the
 * sum itself is still made; only its breakdown is not kept).
 */
export function aggregateOf(units: readonly SummedUnit[]): Aggregate | undefined {
  if (units.length === 0 || units.length > MAX_AGGREGATE_UNITS) return undefined;
  const cells: AggregateCells = {};
  for (const table of TABLES)
    for (const ref of inputCells(table)) {
      const values = units.map((u) => getInput(u.report.tables, ref));
      if (values.some((v) => v !== null)) cells[cellId(ref)] = values;
    }
  return {
    units: units.map(({ report, source }) => ({
      organ: report.organ.name,
      year: report.year,
      ...(source ? { source: cutText(fileName(source), LINE_LIMIT) } : {}),
    })),
    cells,
  };
}

/** Filled figures added up (amounts exactly); blank when none is filled. */
function total(values: readonly CellValue[], amount: boolean): CellValue {
  const filled = values.filter((v): v is number | string => v !== null);
  if (filled.length === 0) return null;
  if (amount) return sumAmounts(filled.map(String));
  return filled.reduce<number>((sum, v) => sum + Number(v), 0);
}

/** Each unit's figure for a cell: as kept for an input cell, the unit's own total for a computed one. */
export function unitFigures(aggregate: Aggregate, ref: CellRef): CellValue[] {
  const table = tableDef(ref.table);
  const amount = cellKind(table, ref.column) === 'amount';
  const addends = isComputed(table, ref.row, ref.column) ? addendsOf(table, ref.row, ref.column) : [ref];
  const columns = addends.map((a) => aggregate.cells[cellId(a)]);
  return aggregate.units.map((_, unit) =>
    total(
      columns.map((values) => values?.[unit] ?? null),
      amount,
    ),
  );
}

// The kept figures never change (a new sum is a new object): the wizard asks a cell's sum on each
// keystroke in it, and a 总计 of a few hundred addends over many units is not recomputed each time.
const sums = new WeakMap<Aggregate, Map<string, CellValue>>();

/** What the units add up to in a cell (blank when no unit filled it). */
export function aggregateSum(aggregate: Aggregate, ref: CellRef): CellValue {
  let known = sums.get(aggregate);
  if (!known) sums.set(aggregate, (known = new Map()));
  const id = cellId(ref);
  const cached = known.get(id);
  if (cached !== undefined) return cached;
  const sum = total(unitFigures(aggregate, ref), cellKind(tableDef(ref.table), ref.column) === 'amount');
  known.set(id, sum);
  return sum;
}

/** The same figure: amounts compared as decimals ("1.50" is "1.5"), blank only equal to blank. */
export function sameFigure(a: CellValue, b: CellValue): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return amountDifference(String(a), String(b)) === '0';
  return a === b;
}

export interface CellBreakdown {
  /** One per unit, in the order summed. */
  figures: { unit: AggregateUnit; value: CellValue }[];
  /** What the units add up to. */
  sum: CellValue;
  /** The draft's figure now. */
  current: CellValue;
  /** The draft's figure is no longer the units' sum. */
  edited: boolean;
}

/** A cell's breakdown in a 汇总 draft; null in any other draft. */
export function cellBreakdown(report: Pick<Report, 'tables' | 'aggregate'>, ref: CellRef): CellBreakdown | null {
  const { aggregate } = report;
  if (!aggregate) return null;
  const values = unitFigures(aggregate, ref);
  const sum = total(values, cellKind(tableDef(ref.table), ref.column) === 'amount');
  const current = valueOf(report.tables, tableDef(ref.table), ref);
  return {
    figures: aggregate.units.map((unit, i) => ({ unit, value: values[i] ?? null })),
    sum,
    current,
    edited: !sameFigure(current, sum),
  };
}
