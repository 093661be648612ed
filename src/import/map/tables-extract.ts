/**
 * Table cells from an imported section, following the definition: each official row is located by
 * its label (in the official order, tolerantly), and the numbers after it are read in the official
 * column order; the table's layout kind says how it is printed, and so how it is read.
 * Reference: docs/format.md §3–5 (labels, column order, printed totals).
 */
import {
  SECTIONS,
  addendsOf,
  cellId,
  cellOf,
  cellValue,
  emptyTables,
  inputCells,
  lastOf,
  parseCellId,
  rowColumns,
  withInput,
  type RowDef,
  type TableDef,
  type Tables,
} from '../../report/index.ts';
import { isNumberCell, readAmount, resolveNumbers, resolveWithBlanks, type Resolved } from '../digits.ts';
import { mergedGroupAt, mergedGroupFinding, notPrintedFinding, oldTable2 } from './legacy-2019.ts';
import { findLabel, numbersAfter, numbersBefore, type TableExtract, type Token } from './table-reading.ts';
import type { ImportFinding } from '../types.ts';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function rowValues(table: TableDef, row: RowDef, resolved: Resolved, out: TableExtract): void {
  const columns = rowColumns(table, row);
  const blank: string[] = [];
  columns.forEach((column, i) => {
    const value = resolved.values[i];
    if (value === undefined || column.sumOf || row.sumOf) return;
    const id = cellId(cellOf(table, row.id, column.id));
    if (resolved.blanks?.includes(i)) blank.push(id);
    else out.values.set(id, value);
  });
  blankCells(table, row, blank, out);
  if (resolved.stray > 0)
    out.findings.push({
      code: 'strayCells',
      severity: 'info',
      section: sectionOf(table),
      cells: [],
      params: { table: table.number, row: row.label, count: resolved.stray },
    });
  if (resolved.split)
    out.findings.push({
      code: 'cellsSplit',
      severity: 'info',
      section: sectionOf(table),
      cells: [],
      params: { table: table.number, row: row.label },
    });
}

/** Cells printed blank in the source: read (and left blank), not cells the reader lost; named by the table's finding. */
function blankCells(table: TableDef, row: RowDef, blank: readonly string[], out: TableExtract): void {
  if (blank.length === 0) return;
  for (const id of blank) out.blanks.add(id);
  const columns = rowColumns(table, row)
    .filter((c) => blank.includes(cellId(cellOf(table, row.id, c.id))))
    .map((c) => c.label);
  (out.blankRows ??= []).push({ label: row.label, ids: [...blank], columns });
}

/** One finding per table for its cells printed blank, naming each row and its blank columns. */
function blankCellsFinding(table: TableDef, out: TableExtract): ImportFinding | null {
  const rows = out.blankRows ?? [];
  if (rows.length === 0) return null;
  const cells = rows.flatMap((r) => r.ids);
  return {
    code: 'blankCells',
    severity: 'warning',
    section: sectionOf(table),
    cells,
    params: { table: table.number, count: cells.length, rows: rows.map((r) => `“${r.label}”（${r.columns.join('、')}）`).join('；') },
  };
}

function sectionOf(table: TableDef): ImportFinding['section'] {
  const section = SECTIONS.find((s) => 'table' in s && s.table === table.id);
  if (!section) throw new Error(`no section prints table ${table.number}`);
  return section.id;
}

function rowCheck(table: TableDef, row: RowDef): (v: number[]) => boolean {
  const columns = rowColumns(table, row);
  const total = columns.findIndex((c) => c.sumOf);
  if (total < 0) return () => true;
  const addends = (columns[total]?.sumOf ?? []).map((id) => columns.findIndex((c) => c.id === id));
  return (v) => sum(addends.map((i) => v[i] ?? 0)) === v[total];
}

/** A table's reading before anything is placed. */
function emptyExtract(table: TableDef): TableExtract {
  return { values: new Map(), blanks: new Set(), findings: [], expected: inputCells(table).length, oldLayout: false, placed: [] };
}

/** Tables printed row by row (blocks, matrix): each row's label, then its numbers. */
function extractRows(table: TableDef, tokens: readonly Token[], options: ExtractOptions): TableExtract {
  const out = emptyExtract(table);
  const printedTotals = new Map<string, number>();
  const readAsMerged = new Set<string>();
  let from = 0;
  for (const row of table.rows) {
    const columns = rowColumns(table, row);
    const amount = columns.some((c) => c.kind === 'amount');
    const merged = mergedGroupAt(table, row, tokens, from);
    if (merged) {
      out.oldLayout = true;
      const target = lastOf(merged.rows);
      const resolved = resolveNumbers(merged.raw, columns.length, rowCheck(table, row));
      if (resolved && target) rowValues(table, target, resolved, out);
      // The 2021 rows the 2019 layout did not print stay blank: a 0 there would be a figure nobody
      // printed or typed. Named by their own finding; read as 0 only for the printed totals' check.
      const notPrinted = merged.rows.slice(0, -1);
      for (const other of notPrinted) for (const c of columns) if (!c.sumOf) out.blanks.add(cellId(cellOf(table, other.id, c.id)));
      if (target)
        out.findings.push(mergedGroupFinding(table, sectionOf(table), target), notPrintedFinding(table, sectionOf(table), notPrinted));
      for (const r of merged.rows) readAsMerged.add(r.id);
      out.placed.push([merged.at, merged.next]);
      from = merged.next;
      continue;
    }
    if (readAsMerged.has(row.id)) continue;
    const hit = findLabel(tokens, from, row.label);
    if (!hit) continue;
    // pdftotext may put the rest of a wrapped label between a matrix row's label and its numbers.
    const after = numbersAfter(tokens, hit.at + hit.length, amount, table.layout.kind === 'matrix', true);
    const { next } = after;
    const before = table.layout.kind === 'matrix' && !after.raw.some(Boolean) ? numbersBefore(tokens, from, hit.at, columns.length) : null;
    // A PDF places every printed number: a row label with none beside it was printed blank.
    const blankRow = options.emptyRowsBlank && after.raw.length === 0 ? columns.map(() => '') : null;
    const raw = before ?? blankRow ?? after.raw;
    // With nothing read after the label (or only its line's blanks), `next` is the label's end.
    out.placed.push(before ? [hit.at - before.length, hit.at + hit.length] : [hit.at, next]);
    if (amount) {
      const column = columns[0];
      const first = raw.find(Boolean);
      const value = first === undefined ? null : readAmount(first);
      if (column && value !== null) out.values.set(cellId(cellOf(table, row.id, column.id)), value);
      // `行政事业性收费⇥` with nothing after the tab: the amount was printed blank.
      else if (column && first === undefined && raw.length > 0) blankCells(table, row, [cellId(cellOf(table, row.id, column.id))], out);
    } else {
      const check = rowCheck(table, row);
      const join = columns.some((c) => c.sumOf);
      const resolved =
        resolveWithBlanks(raw, columns.length, check) ?? resolveNumbers(raw.filter(Boolean), columns.length, check, { join });
      if (resolved) {
        rowValues(table, row, resolved, out);
        // A total printed blank is no printed total.
        const printedAt = (i: number) => resolved.values[i] !== undefined && !resolved.blanks?.includes(i);
        if (row.sumOf) columns.forEach((c, i) => printedAt(i) && printedTotals.set(`${row.id}.${c.id}`, resolved.values[i] ?? 0));
        const totalIndex = columns.findIndex((c) => c.sumOf);
        if (totalIndex >= 0 && !row.sumOf && printedAt(totalIndex))
          printedTotals.set(`${row.id}.${columns[totalIndex]?.id}`, resolved.values[totalIndex] ?? 0);
      }
    }
    from = next;
  }
  const blank = blankCellsFinding(table, out);
  if (blank) out.findings.push(blank);
  out.findings.push(...compareTotals(table, out.values, printedTotals, out.blanks));
  return out;
}

/**
 * Printed totals against the sums of the imported cells: each difference is a finding. A cell the
 * source leaves blank counts as 0 here, as a reader of the printed table would count it.
 */
function compareTotals(
  table: TableDef,
  values: Map<string, number | string>,
  printed: Map<string, number>,
  blanks: ReadonlySet<string>,
): ImportFinding[] {
  const findings: ImportFinding[] = [];
  const tables = tablesOf(values);
  // A printed total is judged only when every cell it adds up was read (cellValue counts a blank as 0).
  const computed = (row: RowDef, columnId: string): number | null => {
    const complete = addendsOf(table, row.id, columnId).every(
      (ref) => typeof values.get(cellId(ref)) === 'number' || blanks.has(cellId(ref)),
    );
    const value = complete ? cellValue(tables, table, row.id, columnId) : null;
    return typeof value === 'number' ? value : null;
  };
  table.rows.forEach((row, rowIndex) => {
    for (const column of table.columns) {
      const value = printed.get(`${row.id}.${column.id}`);
      if (value === undefined) continue;
      const sumValue = computed(row, column.id);
      if (sumValue === null || sumValue === value) continue;
      const cell = cellOf(table, row.id, column.id);
      findings.push({
        code: 'printedTotalDiffers',
        severity: 'warning',
        section: sectionOf(table),
        cells: [cellId(cell)],
        params: { table: table.number, row: row.label, rowNumber: rowIndex + 1, column: column.label, printed: value, computed: sumValue },
      });
    }
  });
  return findings;
}

/** A table printed flattened (table 四): one row of numbers, each data row a block of columns. */
/** Number cells read from a flattened table's section at most (table 四 prints 15, a few more with page numbers). */
export const FLATTENED_MAX_CELLS = 1000;

function extractFlattened(table: TableDef, tokens: readonly Token[]): TableExtract {
  const out = emptyExtract(table);
  // The table's numbers come first; a section of thousands of numbers is not read past
  // FLATTENED_MAX_CELLS (each is parsed, and windows of them are tried against the totals).
  const raw: string[] = [];
  for (const [k, t] of tokens.entries()) {
    if (raw.length >= FLATTENED_MAX_CELLS) break;
    if (!isNumberCell(t.text)) continue;
    raw.push(t.text);
    out.placed.push([k, k + 1]);
  }
  const width = table.columns.length;
  const blockOf = (v: number[], b: number) => v.slice(b * width, b * width + width);
  const check = (v: number[]) => table.rows.every((row, b) => rowCheck(table, row)(blockOf(v, b)));
  const resolved = resolveNumbers(raw, table.rows.length * width, check, { join: true });
  if (!resolved) return out;
  const printed = new Map<string, number>();
  table.rows.forEach((row, b) =>
    table.columns.forEach((column, c) => {
      const value = resolved.values[b * width + c];
      if (value === undefined) return;
      if (column.sumOf) printed.set(`${row.id}.${column.id}`, value);
      else out.values.set(cellId(cellOf(table, row.id, column.id)), value);
    }),
  );
  if (resolved.stray)
    out.findings.push({
      code: 'strayCells',
      severity: 'info',
      section: sectionOf(table),
      cells: [],
      params: { table: table.number, row: '', count: resolved.stray },
    });
  out.findings.push(...compareTotals(table, out.values, printed, out.blanks));
  return out;
}

/** The imported cells as tables, so the domain's cellValue computes their totals. */
function tablesOf(values: ReadonlyMap<string, number | string>): Tables {
  let tables = emptyTables();
  for (const [id, value] of values) {
    const ref = parseCellId(id);
    if (ref) tables = withInput(tables, ref, value);
  }
  return tables;
}

export interface ExtractOptions {
  /**
   * A row label with no numbers before or after it is a row printed blank (its cells read, blank),
   * not a row whose numbers were lost: true for a PDF's text layer, where every printed number has
   * its place; text conversions can separate a row's numbers from its label.
   */
  readonly emptyRowsBlank?: boolean;
}

export function extractTable(table: TableDef, tokens: readonly Token[], options: ExtractOptions = {}): TableExtract {
  switch (table.layout.kind) {
    case 'flattened':
      return extractFlattened(table, tokens);
    case 'blocks':
      return oldTable2(table, tokens) ?? extractRows(table, tokens, options);
    case 'matrix':
      return extractRows(table, tokens, options);
  }
}
