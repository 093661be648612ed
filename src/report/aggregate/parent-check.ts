/**
 * A parent's own report against its units: parent = Σ units, cell by cell. A county office that
 * publishes its 汇总 and its towns' reports side by side must not print two different sums.
 */
import { TABLES } from '../definition/index.ts';
import { cellId, cellKind, inputCells, type CellRef } from '../cells.ts';
import type { CellValue } from '../model.ts';
import type { Report } from '../schema.ts';
import { getInput } from '../tables.ts';
import { amountDifference } from './decimal.ts';
import { sumTables } from './sum-reports.ts';

export interface CellDifference {
  cell: string;
  ref: CellRef;
  parent: CellValue;
  sum: CellValue;
  /** parent − sum, as printed (an amount keeps its decimals); null when either side is blank. */
  difference: number | string | null;
}

export function parentDifferences(parent: Pick<Report, 'tables'>, units: readonly Pick<Report, 'tables'>[]): CellDifference[] {
  const { tables: summed } = sumTables(units);
  const out: CellDifference[] = [];
  for (const table of TABLES) {
    for (const ref of inputCells(table)) {
      const own = getInput(parent.tables, ref);
      const sum = getInput(summed, ref);
      if (own === sum) continue;
      const amount = cellKind(table, ref.column) === 'amount';
      if (amount && own !== null && sum !== null && amountDifference(String(own), String(sum)) === '0') continue;
      const difference =
        own === null || sum === null ? null : amount ? amountDifference(String(own), String(sum)) : Number(own) - Number(sum);
      out.push({ cell: cellId(ref), ref, parent: own, sum, difference });
    }
  }
  return out;
}
