/**
 * The 2019 trial layout (国办公开办函〔2019〕60号), which some offices still printed after 2021.
 * Two differences matter when importing: table 二 counted other things (only 处理决定数量 carries
 * over), and table 三 printed （六）其他处理 as one row where 2021 has three.
 */
import { TABLE2, cellId, inputCells, type GroupDef, type RowDef, type TableDef } from '../../report/index.ts';
import { resolveNumbers } from '../digits.ts';
import { normalizeLabel } from '../normalize.ts';
import { findLabel, numbersAfter, type TableExtract, type Token } from './table-reading.ts';
import type { ImportFinding } from '../types.ts';

/** 2019 trial layout markers in table 二 (docs/format.md §6). */
export const OLD_TABLE2_MARKERS = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '其他对外管理服务事项',
  '第二十条第(九)项',
  '政府集中采购',
];

/** The 2021 blocks whose 处理决定数量 the 2019 table printed as the last of three numbers. */
const DECISION_BLOCKS: readonly string[] = ['item5', 'item6'];

/**
 * A signed change in the 本年增/减 column (“-3”, “＋2”): not a count, so the 2021 cell reader stops
 * at it, which ended the row before 处理决定数量 and read 上一年项目数量 in its place.
 */
const SIGNED_CHANGE = /^[-+－＋−]\s*\d+$/;

/**
 * The row's number cells after its label, a signed change standing in as 0 (it is never kept: a row
 * that ends on one printed no 处理决定数量, so `endsSigned` leaves that cell blank).
 */
function decisionRowNumbers(tokens: readonly Token[], k: number): { raw: string[]; next: number; endsSigned: boolean } {
  const raw: string[] = [];
  let i = k;
  for (;;) {
    const read = numbersAfter(tokens, i, false);
    raw.push(...read.raw);
    const endsSigned = read.next === i && i > k;
    i = read.next;
    const text = tokens[i]?.text.trim() ?? '';
    if (!SIGNED_CHANGE.test(text)) return { raw, next: i, endsSigned };
    raw.push('0');
    i++;
  }
}

/**
 * 2019 trial table 二, or null when the table shows none of its markers: only the 处理决定数量 of
 * 行政许可/处罚/强制 has a 2021 counterpart; the other blocks counted different things and are left
 * blank.
 */
export function oldTable2(table: TableDef, tokens: readonly Token[]): TableExtract | null {
  if (table !== TABLE2) return null;
  // Each cell normalised once, not once per marker.
  const normalized = tokens.map((t) => normalizeLabel(t.text));
  const markers = OLD_TABLE2_MARKERS.filter((m) => normalized.some((t) => t.includes(normalizeLabel(m))));
  if (markers.length === 0) return null;
  const out: TableExtract = {
    values: new Map(),
    blanks: new Set(),
    findings: [],
    expected: inputCells(TABLE2).length,
    oldLayout: true,
    placed: [],
  };
  let from = 0;
  for (const row of TABLE2.rows.filter((r) => DECISION_BLOCKS.includes(r.block))) {
    const hit = findLabel(tokens, from, row.label);
    if (!hit) continue;
    const { raw, next, endsSigned } = decisionRowNumbers(tokens, hit.at + hit.length);
    out.placed.push([hit.at, next]);
    from = next;
    if (endsSigned) continue;
    const resolved = resolveNumbers(raw, raw.length, () => true);
    const last = resolved?.values[resolved.values.length - 1];
    if (last !== undefined) out.values.set(cellId({ table: 't2', row: row.id, column: 'decisions' }), last);
  }
  out.findings.push({ code: 'oldTable2', severity: 'warning', section: 'proactive', cells: [], params: { markers: markers.join('、') } });
  return out;
}

/** The 2021 row group the 2019 layout printed as a single row: （六）其他处理. */
const MERGED_GROUP = 'otherHandling';

export interface MergedGroup {
  /** The 2021 rows the single 2019 row stands for; its figures belong to the last (3.其他). */
  readonly rows: readonly RowDef[];
  readonly raw: string[];
  /** Where the group's label starts, and the token after its numbers. */
  readonly at: number;
  readonly next: number;
}

/**
 * At the first row of the merged group: the group's label followed directly by numbers means the
 * 2019 single row. Null otherwise (or for a table without the group).
 */
export function mergedGroupAt(table: TableDef, row: RowDef, tokens: readonly Token[], from: number): MergedGroup | null {
  const groups: readonly GroupDef[] = table.layout.kind === 'matrix' ? table.layout.rowGroups : [];
  const group = groups.find((g) => g.id === MERGED_GROUP);
  const rows = table.rows.filter((r) => r.group === MERGED_GROUP);
  if (!group || rows[0] !== row) return null;
  const hit = findLabel(tokens, from, group.label);
  if (!hit) return null;
  // The group's first 2021 row printed before its label: a 2021 table whose label wraps beside
  // its last row (“（六）其他处理 1 0 0…” / “3.其他”), not the 2019 single row.
  const first = findLabel(tokens.slice(0, hit.at), from, row.label);
  if (first) return null;
  const { raw, next } = numbersAfter(tokens, hit.at + hit.length, false);
  return raw.length >= 5 ? { rows, raw, at: hit.at, next } : null;
}

/** The warning for a merged group read into its last row. */
export function mergedGroupFinding(table: TableDef, section: ImportFinding['section'], target: RowDef): ImportFinding {
  const cells = inputCells(table).filter((c) => c.row === target.id);
  return { code: 'oldOtherHandling', severity: 'warning', section, cells: cells.map(cellId), params: {} };
}

/** The 2021 rows of the merged group that the 2019 layout has no line for: left blank, named here. */
export function notPrintedFinding(table: TableDef, section: ImportFinding['section'], rows: readonly RowDef[]): ImportFinding {
  const ids = new Set(rows.map((r) => r.id));
  const cells = inputCells(table).filter((c) => ids.has(c.row));
  return {
    code: 'oldLayoutNotPrinted',
    severity: 'warning',
    section,
    cells: cells.map(cellId),
    params: { table: table.number, rows: rows.map((r) => r.label).join('”“') },
  };
}
