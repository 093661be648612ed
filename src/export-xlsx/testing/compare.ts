/**
 * Tests only: what Calc shows for each planned cell against the report. Every number (inputs and
 * totals) must equal the app's value — blank where the app shows blank — and every label must be
 * the official text at its printed place.
 */
import { formatValue } from '../../render/model.ts';
import { cellId, type Report } from '../../report/index.ts';
import { XLSX_TABLES, planSheet, sheetName } from '../plan.ts';
import { address } from '../address.ts';

export interface CalcMismatch {
  sheet: string;
  address: string;
  what: string;
  expected: string;
  actual: string;
}

export interface CalcComparison {
  numbers: number;
  labels: number;
  mismatches: CalcMismatch[];
}

export function compareWithCalc(report: Report, sheets: ReadonlyMap<string, string[][]>): CalcComparison {
  const result: CalcComparison = { numbers: 0, labels: 0, mismatches: [] };
  for (const table of XLSX_TABLES) {
    const name = sheetName(table);
    const rows = sheets.get(name);
    if (!rows) {
      result.mismatches.push({ sheet: name, address: '', what: 'sheet', expected: name, actual: [...sheets.keys()].join('|') });
      continue;
    }
    for (const cell of planSheet(report, table).cells) {
      const actual = (rows[cell.row - 1]?.[cell.col - 1] ?? '').trim();
      const at = { sheet: name, address: address(cell.row, cell.col) };
      if (cell.kind === 'label') {
        result.labels++;
        if (actual !== cell.text) result.mismatches.push({ ...at, what: 'label', expected: cell.text, actual });
        continue;
      }
      result.numbers++;
      const expected = formatValue(cell.value);
      const same = expected === '' ? actual === '' : actual !== '' && Number(actual) === Number(expected);
      if (!same) result.mismatches.push({ ...at, what: cellId(cell.ref), expected, actual });
    }
  }
  return result;
}
