/**
 * 汇总: a government that reports for its whole area adds up its units' tables. Every input cell of
 * the parent is the sum of the units' cells; a cell no unit filled stays blank (a blank is "not
 * filled", not 0, and the sum must not invent a figure nobody typed). Computed cells (totals) are
 * never summed: they follow from the summed inputs, as in any report.
 */
import { TABLES, type OrganKind } from '../definition/index.ts';
import { cellId, cellKind, inputCells } from '../cells.ts';
import type { CellValue } from '../model.ts';
import type { Report, Tables } from '../schema.ts';
import { emptyTables, getInput, withInput } from '../tables.ts';
import { emptyReport } from '../empty.ts';
import { sumAmounts } from './decimal.ts';
import { aggregateOf } from './breakdown.ts';

/** What one unit put into one cell of the sum. */
export interface Contribution {
  /** Index of the unit in the list given to sumTables. */
  unit: number;
  value: CellValue;
}

export interface SummedTables {
  tables: Tables;
  /** Per input cell id (`t3.newReceived.natural`): the units that filled it, in order. */
  contributions: Record<string, Contribution[]>;
}

/** One cell summed over the units: null when no unit filled it. */
function sumCell(values: readonly CellValue[], amount: boolean): CellValue {
  const filled = values.filter((v): v is number | string => v !== null);
  if (filled.length === 0) return null;
  if (amount) return sumAmounts(filled.map(String));
  let total = 0;
  for (const v of filled) total += Number(v);
  return total;
}

export function sumTables(units: readonly Pick<Report, 'tables'>[]): SummedTables {
  let tables = emptyTables();
  const contributions: Record<string, Contribution[]> = {};
  for (const table of TABLES) {
    for (const ref of inputCells(table)) {
      const values = units.map((u) => getInput(u.tables, ref));
      tables = withInput(tables, ref, sumCell(values, cellKind(table, ref.column) === 'amount'));
      contributions[cellId(ref)] = values.flatMap((value, unit) => (value === null ? [] : [{ unit, value }]));
    }
  }
  return { tables, contributions };
}

/**
 * A new draft for the parent: the units' tables summed, narrative empty, organ and year as given,
 * and each unit's figures kept (`aggregate`) so the wizard can show who contributed what.
 * `sources`: the units' file names, in the same order, to tell units of one name apart.
 */
export function sumReports(
  units: readonly Report[],
  parent: { organ: string; year: number; kind?: OrganKind; sources?: readonly string[] },
): SummedTables & { report: Report } {
  const summed = sumTables(units);
  const aggregate = aggregateOf(units.map((report, i) => ({ report, source: parent.sources?.[i] })));
  const report: Report = {
    ...emptyReport({ organ: parent.organ, year: parent.year, kind: parent.kind ?? 'government' }),
    tables: summed.tables,
    ...(aggregate ? { aggregate } : {}),
  };
  return { ...summed, report };
}
