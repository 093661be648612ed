/**
 * The tables as CSV (UTF-8, RFC 4180): `table,row,column,value`, one line per cell, computed cells
 * included, labels exactly as printed on the official form. Reading it back sets input cells only.
 */
import Papa from 'papaparse';
import { TABLES, type TableDef } from './definition/index.ts';
import { allCells, cellKind, cellOf, findColumn, findRow, hasCell, isComputed, type CellRef } from './cells.ts';
import { valueOf } from './compute.ts';
import { parseAmount, parseCount, type NumberProblem } from './numbers.ts';
import type { CellValue } from './model.ts';
import type { Tables } from './schema.ts';

export const CSV_HEADER = ['table', 'row', 'column', 'value'] as const;

export function tablesToCsv(tables: Tables): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const table of TABLES) {
    for (const ref of allCells(table)) {
      const value = valueOf(tables, table, ref);
      rows.push([table.number, labelOfRow(table, ref.row), labelOfColumn(table, ref.column), value === null ? '' : String(value)]);
    }
  }
  return `${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}

const labelOfRow = (table: TableDef, id: string) => findRow(table, id)?.label ?? id;
const labelOfColumn = (table: TableDef, id: string) => findColumn(table, id)?.label ?? id;

export interface CsvCell {
  ref: CellRef;
  value: CellValue;
  line: number;
}

export type CsvErrorCode =
  'header' | 'columns' | 'unknownTable' | 'unknownRow' | 'unknownColumn' | 'noSuchCell' | 'duplicate' | NumberProblem;

export interface CsvError {
  line: number;
  code: CsvErrorCode;
  params: Record<string, string | number>;
}

export type CsvParseResult = { ok: true; inputs: CsvCell[]; computed: CsvCell[] } | { ok: false; errors: CsvError[] };

export function parseTablesCsv(text: string): CsvParseResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''));
  // Blank lines are skipped here, not by the parser, so every message names the line of the file
  // the user sees in the editor (a quoted value spanning lines moves the count on by its breaks).
  const records: { fields: string[]; line: number }[] = [];
  let next = 1;
  for (const fields of parsed.data) {
    const line = next;
    next += 1 + fields.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
    if (fields.some((f) => f.trim() !== '')) records.push({ fields, line });
  }
  const [header, ...rows] = records;
  const errors: CsvError[] = [];
  if (!header || header.fields.map((h) => h.trim()).join(',') !== CSV_HEADER.join(',')) {
    return { ok: false, errors: [{ line: header?.line ?? 1, code: 'header', params: { expected: CSV_HEADER.join(',') } }] };
  }
  const inputs: CsvCell[] = [];
  const computed: CsvCell[] = [];
  const seen = new Map<string, number>();
  rows.forEach(({ fields, line }) => {
    if (fields.length !== 4) return errors.push({ line, code: 'columns', params: { count: fields.length } });
    const [tableText = '', rowText = '', columnText = '', valueText = ''] = fields.map((f) => f.trim());
    const table = TABLES.find((t) => t.number === tableText || t.id === tableText);
    if (!table) return errors.push({ line, code: 'unknownTable', params: { value: tableText } });
    const row = table.rows.find((r) => r.label === rowText || r.id === rowText);
    if (!row) return errors.push({ line, code: 'unknownRow', params: { value: rowText, table: table.number } });
    const column = table.columns.find((c) => c.label === columnText || c.id === columnText);
    if (!column) return errors.push({ line, code: 'unknownColumn', params: { value: columnText, table: table.number } });
    if (!hasCell(table, row.id, column.id)) return errors.push({ line, code: 'noSuchCell', params: { row: rowText, column: columnText } });
    const key = `${table.id}.${row.id}.${column.id}`;
    const first = seen.get(key);
    if (first !== undefined) return errors.push({ line, code: 'duplicate', params: { first } });
    seen.set(key, line);
    const parsedValue = cellKind(table, column.id) === 'amount' ? parseAmount(valueText) : parseCount(valueText);
    if (!parsedValue.ok) return errors.push({ line, code: parsedValue.problem, params: { value: valueText } });
    const cell = { ref: cellOf(table, row.id, column.id), value: parsedValue.value, line };
    (isComputed(table, row.id, column.id) ? computed : inputs).push(cell);
    return undefined;
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs, computed };
}
