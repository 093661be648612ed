/**
 * One row per file for the batch commands, printed three ways: aligned text for a person, CSV for
 * a spreadsheet (the county office's review list), JSON for a script. A file that could not be
 * read is a row with its reason, never a stopped run.
 */
import Papa from 'papaparse';
import { jsonOut, line } from './terminal.ts';

export type Cell = string | number | null;
export interface SummaryRow {
  cells: Record<string, Cell>;
  /** Everything about the file, for --json. */
  detail: unknown;
}

export type SummaryFormat = 'text' | 'csv' | 'json';

export function summaryFormat(values: { json?: boolean; csv?: boolean }): SummaryFormat {
  return values.json ? 'json' : values.csv ? 'csv' : 'text';
}

/** Width of a string as a terminal shows it: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function renderSummary(columns: readonly string[], rows: readonly SummaryRow[], format: SummaryFormat): string {
  if (format === 'json') return jsonOut(rows.map((r) => r.detail));
  const table = rows.map((r) => columns.map((c) => (r.cells[c] === null || r.cells[c] === undefined ? '' : line(String(r.cells[c])))));
  if (format === 'csv') return Papa.unparse([columns as string[], ...table], { newline: '\r\n' });
  const widths = columns.map((c, i) => Math.max(width(c), ...table.map((cells) => width(cells[i] ?? ''))));
  const pad = (text: string, i: number) => text + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(text)));
  return [columns.map(pad).join('  ').trimEnd(), ...table.map((cells) => cells.map(pad).join('  ').trimEnd())].join('\n');
}
