/**
 * 从表格导入 from a .csv: the app's own `table,row,column,value` file (src/report/csv.ts, whose line
 * errors refuse the file as `fill` does), or a CSV saved from a sheet laid out like the printed
 * tables (read by label like a worksheet, without merges). papaparse comes with this module, which
 * the browser loads on import only.
 */
import Papa from 'papaparse';
import { CSV_HEADER, parseTablesCsv, type CsvError } from '../report/csv.ts';
import { TABLES } from '../report/index.ts';
import { gridOfRows } from './load.ts';
import { readTables, type ReadCell, type TablesRead } from './read.ts';

export type CsvRead = { ok: true; read: TablesRead } | { ok: false; errors: CsvError[] };

export function readCsvTables(text: string, name = 'CSV'): CsvRead {
  const clean = text.replace(/^\uFEFF/, '');
  const first = clean.slice(0, clean.search(/\r?\n|$/));
  if (
    first
      .split(',')
      .map((h) => h.trim())
      .join(',') === CSV_HEADER.join(',')
  ) {
    const parsed = parseTablesCsv(clean);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const cell = (c: (typeof parsed.inputs)[number]): ReadCell => ({ ref: c.ref, value: c.value, sheet: name, address: `#${c.line}` });
    const tables = new Set([...parsed.inputs, ...parsed.computed].map((c) => c.ref.table));
    const found = TABLES.filter((t) => tables.has(t.id)).map((t) => ({ table: t.id, sheet: name }));
    return { ok: true, read: { found, inputs: parsed.inputs.map(cell), computed: parsed.computed.map(cell), notes: [] } };
  }
  const rows = Papa.parse<string[]>(clean, { skipEmptyLines: false }).data;
  return { ok: true, read: readTables([gridOfRows(name, rows)]) };
}
