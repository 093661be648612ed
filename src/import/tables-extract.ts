/**
 * Table cells from an imported section: each official row is located by its label (in the
 * official order, tolerantly), and the numbers after it are read in the official column order.
 * Reference: FORMAT.md §3–5 (labels, column order, printed totals).
 */
import { TABLE2, TABLE3, TABLE4, cellId, findColumn, type CellRef, type RowDef, type TableDef } from '../report/index.ts';
import { isNumberCell, readAmount, resolveNumbers, type Resolved } from './digits.ts';
import { labelsMatch, normalizeLabel, ordinalOf } from './normalize.ts';
import type { SourceLine } from './source.ts';
import type { ImportFinding } from './types.ts';

interface Token {
  readonly text: string;
  readonly line: number;
}

export interface TableExtract {
  /** Input cells read, by cell id. */
  readonly values: Map<string, number | string>;
  readonly findings: ImportFinding[];
  readonly expected: number;
  readonly oldLayout: boolean;
}

export function tokensOf(lines: readonly SourceLine[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = start; i < end; i++) for (const cell of lines[i]?.cells ?? []) if (cell.trim()) out.push({ text: cell.trim(), line: i });
  return out;
}

/** Does a label start at token k (possibly split over up to 3 cells)? Returns cells consumed. */
function labelAt(tokens: readonly Token[], k: number, label: string): number {
  const target = normalizeLabel(label);
  const first = tokens[k];
  if (!first || isNumberCell(first.text)) return 0;
  // A group label's fragment may precede the row label in the same cell (“不予公 2.其他…”).
  const ordinal = ordinalOf(target);
  const starts = [normalizeLabel(first.text)];
  const at = ordinal ? starts[0]?.indexOf(ordinal) ?? -1 : -1;
  if (at > 0) starts.push(starts[0]?.slice(at) ?? '');
  for (const start of starts) {
    const n = labelFrom(tokens, k, start, label, target);
    if (n) return n;
  }
  return 0;
}

function labelFrom(tokens: readonly Token[], k: number, start: string, label: string, target: string): number {
  let joined = '';
  for (let n = 1; n <= 3 && k + n - 1 < tokens.length; n++) {
    const token = tokens[k + n - 1];
    if (!token || isNumberCell(token.text)) break;
    joined += n === 1 ? start : normalizeLabel(token.text);
    if (labelsMatch(joined, label, { loose: true })) return n;
    // A group label and the row label run together in one cell: “三、本年度办理结果(一)予以公开”.
    if (n === 1 && joined.length > target.length && joined.endsWith(target) && ordinalOf(target)) return 1;
    // The rest of a wrapped label may follow the numbers (pdftotext): a long enough start will do.
    const prefixLength = Math.max(5, Math.min(8, Math.ceil([...target].length * 0.4)));
    if (ordinalOf(target) && joined.length >= prefixLength && joined.length < target.length) {
      const head = target.slice(0, joined.length);
      if (head === joined || labelsMatch(joined, head)) return n;
    }
  }
  return 0;
}

/** Starts with an ordinal: a row or group label, never a fragment of a wrapped one. */
const LABEL_START = /^[(（]?[一二三四五六七八九十\d]+[)）.．、]/;

/**
 * The numbers after a label. `skipFragments`: in pdftotext output the rest of a wrapped label (and
 * bits of the group label beside it) can stand between a row label and its numbers.
 */
function numbersAfter(tokens: readonly Token[], k: number, amount: boolean, skipFragments = false): { raw: string[]; next: number } {
  const raw: string[] = [];
  let i = k;
  if (skipFragments) {
    let skipped = 0;
    while (skipped < 4 && i < tokens.length && !isNumberCell(tokens[i]?.text ?? '', amount) && !LABEL_START.test(tokens[i]?.text ?? '')) {
      i++;
      skipped++;
    }
    if (!isNumberCell(tokens[i]?.text ?? '', amount)) i = k;
  }
  while (i < tokens.length && isNumberCell(tokens[i]?.text ?? '', amount)) raw.push(tokens[i++]?.text ?? '');
  return { raw, next: i };
}

/**
 * How far past the previous row a row label is looked for, in cells. A table's next row follows
 * within a few dozen cells (at most 15 numbers a row, labels split over three cells, a page
 * header); searching to the end for every row not printed made a section of many lines cost
 * rows × lines label comparisons (100 000 lines: minutes).
 */
export const LABEL_WINDOW = 1000;

/** Cells compared with a row label, for the tests that bound the work. */
export const labelSteps = { count: 0 };

function findLabel(tokens: readonly Token[], from: number, label: string): { at: number; length: number } | null {
  for (let k = from; k < Math.min(tokens.length, from + LABEL_WINDOW); k++) {
    labelSteps.count++;
    const length = labelAt(tokens, k, label);
    if (length) return { at: k, length };
  }
  return null;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Columns printed for a row, in order (computed ones included: they are printed). */
function printedColumns(table: TableDef, row: RowDef) {
  const ids = row.columns;
  return ids ? table.columns.filter((c) => ids.includes(c.id)) : table.columns;
}

function rowValues(table: TableDef, row: RowDef, resolved: Resolved, out: TableExtract): void {
  const columns = printedColumns(table, row);
  columns.forEach((column, i) => {
    const value = resolved.values[i];
    if (value === undefined || column.sumOf || row.sumOf) return;
    out.values.set(cellId({ table: table.id, row: row.id, column: column.id }), value);
  });
  if (resolved.stray > 0) out.findings.push({ code: 'strayCells', severity: 'info', section: sectionOf(table), cells: [], params: { table: table.number, row: row.label, count: resolved.stray } });
  if (resolved.split) out.findings.push({ code: 'cellsSplit', severity: 'info', section: sectionOf(table), cells: [], params: { table: table.number, row: row.label } });
}

function sectionOf(table: TableDef) {
  return table.id === 't2' ? 'proactive' : table.id === 't3' ? 'applications' : 'litigation';
}

function rowCheck(table: TableDef, row: RowDef): (v: number[]) => boolean {
  const columns = printedColumns(table, row);
  const total = columns.findIndex((c) => c.sumOf);
  if (total < 0) return () => true;
  const addends = (columns[total]?.sumOf ?? []).map((id) => columns.findIndex((c) => c.id === id));
  return (v) => sum(addends.map((i) => v[i] ?? 0)) === v[total];
}

/** Table 二 or 三: row by row. */
function extractRows(table: TableDef, tokens: readonly Token[]): TableExtract {
  const out: TableExtract = { values: new Map(), findings: [], expected: 0, oldLayout: false };
  const printedTotals = new Map<string, number>();
  let from = 0;
  for (const row of table.rows) {
    const columns = printedColumns(table, row);
    if (!row.sumOf) (out as { expected: number }).expected += columns.filter((c) => !c.sumOf).length;
    const amount = columns.some((c) => c.kind === 'amount');
    const oldOther = table.id === 't3' && row.id === 'otherNoCorrection' ? oldOtherHandling(tokens, from) : null;
    if (oldOther) {
      // 2019 trial layout: one （六）其他处理 row; it maps to （六）3.其他.
      (out as { oldLayout: boolean }).oldLayout = true;
      const resolved = resolveNumbers(oldOther.raw, columns.length, rowCheck(table, row));
      const target = table.rows.find((r) => r.id === 'otherOther');
      if (resolved && target) rowValues(table, target, resolved, out);
      for (const id of ['otherNoCorrection', 'otherUnpaidFee']) for (const c of columns) if (!c.sumOf) out.values.set(cellId({ table: 't3', row: id, column: c.id }), 0);
      out.findings.push({ code: 'oldOtherHandling', severity: 'warning', section: 'applications', cells: columns.filter((c) => !c.sumOf).map((c) => cellId({ table: 't3', row: 'otherOther', column: c.id })), params: {} });
      from = oldOther.next;
      continue;
    }
    if (table.id === 't3' && (row.id === 'otherUnpaidFee' || row.id === 'otherOther') && out.oldLayout) continue;
    const hit = findLabel(tokens, from, row.label);
    if (!hit) continue;
    const { raw, next } = numbersAfter(tokens, hit.at + hit.length, amount, table.id === 't3');
    if (amount) {
      const column = columns[0];
      const value = raw[0] === undefined ? null : readAmount(raw[0]);
      if (column && value !== null) out.values.set(cellId({ table: table.id, row: row.id, column: column.id }), value);
    } else {
      const resolved = resolveNumbers(raw, columns.length, rowCheck(table, row));
      if (resolved) {
        rowValues(table, row, resolved, out);
        if (row.sumOf) columns.forEach((c, i) => resolved.values[i] !== undefined && printedTotals.set(`${row.id}.${c.id}`, resolved.values[i] ?? 0));
        const totalIndex = columns.findIndex((c) => c.sumOf);
        if (totalIndex >= 0 && !row.sumOf && resolved.values[totalIndex] !== undefined) printedTotals.set(`${row.id}.${columns[totalIndex]?.id}`, resolved.values[totalIndex] ?? 0);
      }
    }
    from = Math.max(next, hit.at + hit.length);
  }
  out.findings.push(...compareTotals(table, out.values, printedTotals));
  return out;
}

/** （六）其他处理 followed directly by numbers: the 2019 trial layout's single row. */
function oldOtherHandling(tokens: readonly Token[], from: number): { raw: string[]; next: number } | null {
  const group = findLabel(tokens, from, '（六）其他处理');
  if (!group) return null;
  const { raw, next } = numbersAfter(tokens, group.at + group.length, false);
  return raw.length >= 5 ? { raw, next } : null;
}

/** Printed totals against the sums of the imported cells: each difference is a finding. */
function compareTotals(table: TableDef, values: Map<string, number | string>, printed: Map<string, number>): ImportFinding[] {
  const findings: ImportFinding[] = [];
  const input = (row: string, column: string) => {
    const v = values.get(cellId({ table: table.id, row, column }));
    return typeof v === 'number' ? v : null;
  };
  const computed = (row: RowDef, columnId: string): number | null => {
    const column = findColumn(table, columnId);
    if (column?.sumOf) {
      const parts = column.sumOf.map((c) => (row.sumOf ? computed(row, c) : input(row.id, c)));
      return parts.some((p) => p === null) ? null : sum(parts as number[]);
    }
    if (row.sumOf) {
      const parts = row.sumOf.map((r) => input(r, columnId));
      return parts.some((p) => p === null) ? null : sum(parts as number[]);
    }
    return input(row.id, columnId);
  };
  table.rows.forEach((row, rowIndex) => {
    for (const column of table.columns) {
      const value = printed.get(`${row.id}.${column.id}`);
      if (value === undefined) continue;
      const sumValue = computed(row, column.id);
      if (sumValue === null || sumValue === value) continue;
      const cell: CellRef = { table: table.id, row: row.id, column: column.id };
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

/** Number cells read from section 四 at most (a real one prints 15, a few more with page numbers). */
export const TABLE4_MAX_CELLS = 1000;

/** Table 四: one printed row of 15 numbers after the two-level header. */
function extractTable4(tokens: readonly Token[]): TableExtract {
  const table: TableDef = TABLE4;
  const out: TableExtract = { values: new Map(), findings: [], expected: 12, oldLayout: false };
  // The table's 15 numbers come first; a section of thousands of numbers is not read past
  // TABLE4_MAX_CELLS (each is parsed, and windows of them are tried against the totals).
  const raw: string[] = [];
  for (const t of tokens) {
    if (raw.length >= TABLE4_MAX_CELLS) break;
    if (isNumberCell(t.text)) raw.push(t.text);
  }
  const blocks = table.rows.length;
  const width = table.columns.length;
  const check = (v: number[]) =>
    Array.from({ length: blocks }, (_, b) => v.slice(b * width, b * width + width - 1)).every((part, b) => sum(part) === v[b * width + width - 1]);
  const resolved = resolveNumbers(raw, blocks * width, check);
  if (!resolved) return out;
  const printed = new Map<string, number>();
  table.rows.forEach((row, b) =>
    table.columns.forEach((column, c) => {
      const value = resolved.values[b * width + c];
      if (value === undefined) return;
      if (column.sumOf) printed.set(`${row.id}.${column.id}`, value);
      else out.values.set(cellId({ table: 't4', row: row.id, column: column.id }), value);
    }),
  );
  if (resolved.stray) out.findings.push({ code: 'strayCells', severity: 'info', section: 'litigation', cells: [], params: { table: table.number, row: '', count: resolved.stray } });
  out.findings.push(...compareTotals(table, out.values, printed));
  return out;
}

/** 2019 trial layout markers in table 二 (FORMAT.md §6). */
export const OLD_TABLE2_MARKERS = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项', '第二十条第(九)项', '政府集中采购'];

export function extractTable(table: TableDef, tokens: readonly Token[]): TableExtract {
  if (table.id === 't4') return extractTable4(tokens);
  if (table.id === 't2') {
    // Each cell normalised once, not once per marker.
    const normalized = tokens.map((t) => normalizeLabel(t.text));
    const markers = OLD_TABLE2_MARKERS.filter((m) => normalized.some((t) => t.includes(normalizeLabel(m))));
    if (markers.length > 0) return extractOldTable2(tokens, markers);
  }
  return extractRows(table === TABLE2 ? TABLE2 : TABLE3, tokens);
}

/**
 * 2019 trial table 二: only the 处理决定数量 of 行政许可/处罚/强制 has a 2021 counterpart (the
 * last of its three numbers); the other blocks counted different things and are left blank.
 */
function extractOldTable2(tokens: readonly Token[], markers: string[]): TableExtract {
  const out: TableExtract = { values: new Map(), findings: [], expected: 8, oldLayout: true };
  let from = 0;
  for (const row of TABLE2.rows.filter((r) => r.block === 'item5' || r.block === 'item6')) {
    const hit = findLabel(tokens, from, row.label);
    if (!hit) continue;
    const { raw, next } = numbersAfter(tokens, hit.at + hit.length, false);
    const resolved = resolveNumbers(raw, raw.length, () => true);
    const last = resolved?.values[resolved.values.length - 1];
    if (last !== undefined) out.values.set(cellId({ table: 't2', row: row.id, column: 'decisions' }), last);
    from = next;
  }
  out.findings.push({ code: 'oldTable2', severity: 'warning', section: 'proactive', cells: [], params: { markers: markers.join('、') } });
  return out;
}
