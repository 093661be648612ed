/**
 * Where every cell of a table goes on its worksheet — labels with their merges, numbers, totals as
 * formulas — derived from the printed grid (src/report/grid.ts, the same grid the .docx and the
 * wizard draw) and the print layout (src/render/layout.ts). No exceljs here: the importer reads the
 * same plan to know where a label should be, and tests check it without building a workbook.
 */
import {
  SECTIONS,
  findColumn,
  findRow,
  printedGrid,
  spanSlots,
  tableDef,
  valueOf,
  type CellRef,
  type CellValue,
  type GridCell,
  type LabelRole,
  type Report,
  type TableId,
} from '../report/index.ts';
import { TABLE_PRINT, columnWidths } from '../render/layout.ts';
import { cleanLine } from '../render/sanitize.ts';
import { titleOf } from '../report/index.ts';
import { address, sumFormula } from './address.ts';
import { rowHeights } from './row-heights.ts';

export const XLSX_TABLES: readonly TableId[] = ['t2', 't3', 't4'];

/** Row 1: the report's title; row 2: the section heading; the printed grid from row 3. */
export const GRID_TOP = 3;

export interface PlannedLabel {
  kind: 'label';
  /** 1-based sheet row and column of the top-left cell. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  role: LabelRole;
  align: 'left' | 'center';
}

export interface PlannedValue {
  kind: 'value';
  row: number;
  col: number;
  colSpan: number;
  ref: CellRef;
  computed: boolean;
  amount: boolean;
  value: CellValue;
  /** A computed cell's formula (without “=”), over the cells it adds up. */
  formula?: string;
}

export type PlannedCell = PlannedLabel | PlannedValue;

export interface SheetPlan {
  table: TableId;
  /** The section heading, e.g. 三、收到和处理政府信息公开申请情况 (also the sheet's name). */
  heading: string;
  title: string;
  columns: number;
  /** Column widths in Excel character units. */
  widths: number[];
  /** Row heights in points, for the sheet rows GRID_TOP… of the grid. */
  heights: number[];
  /** Sheet rows repeated at the top of each printed page; null for a table without header rows (二). */
  repeatRows: { from: number; to: number } | null;
  cells: PlannedCell[];
}

/** Twips of the printed column to Excel character widths: the sheet is roomier than A4 portrait. */
const TWIPS_PER_CHARACTER = 80;

export function sectionHeading(table: TableId): string {
  return SECTIONS.find((s) => 'table' in s && s.table === table)?.heading ?? table;
}

/** Sheet names may not hold : \ / ? * [ ] and are at most 31 characters. */
export function sheetName(table: TableId): string {
  return sectionHeading(table)
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31);
}

export function planSheet(report: Report | null, id: TableId): SheetPlan {
  const def = tableDef(id);
  const grid = printedGrid(def);
  const print = TABLE_PRINT[def.layout.kind];
  const widths = columnWidths(def.layout.kind, grid.columns, grid.labelColumns).map((w) => Math.round((w / TWIPS_PER_CHARACTER) * 10) / 10);
  const slots = spanSlots(grid.rows, grid.columns);
  const where = new Map<GridCell, { row: number; col: number }>();
  slots.forEach((line, r) =>
    line.forEach((slot, c) => {
      if (slot.origin) where.set(slot.cell, { row: GRID_TOP + r, col: c + 1 });
    }),
  );
  // Where each value cell sits, by row and column id, for the formulas of the totals.
  const at = new Map<string, { row: number; col: number }>();
  for (const [cell, pos] of where) if (cell.kind === 'value') at.set(`${cell.ref.row}.${cell.ref.column}`, pos);
  const cells: PlannedCell[] = [];
  for (const [cell, pos] of where) {
    if (cell.kind === 'label') {
      const align = cell.role === 'rowHeader' ? print.rowHeaderAlign : 'center';
      cells.push({ kind: 'label', ...pos, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: cell.text, role: cell.role, align });
      continue;
    }
    const amount = findColumn(def, cell.ref.column)?.kind === 'amount';
    const value = report ? valueOf(report.tables, def, cell.ref) : null;
    const planned: PlannedValue = { kind: 'value', ...pos, colSpan: cell.colSpan, ref: cell.ref, computed: cell.computed, amount, value };
    if (cell.computed) planned.formula = formulaOf(cell.ref, at);
    cells.push(planned);
  }
  const headerRows = grid.rows.flatMap((row, r) => (row.header ? [GRID_TOP + r] : []));
  const first = headerRows[0];
  const last = headerRows[headerRows.length - 1];
  return {
    table: id,
    heading: sectionHeading(id),
    title: report ? cleanLine(titleOf(report)) : '',
    columns: grid.columns,
    widths,
    heights: rowHeights(cells, widths, grid.rows.length, GRID_TOP),
    repeatRows: first !== undefined && last !== undefined ? { from: first, to: last } : null,
    cells,
  };
}

/**
 * A total adds up the cells its definition names (a column's `sumOf` first, as compute.ts does) —
 * blank when they all are, as in the app (`IF(COUNT(…),SUM(…),"")`), so a blank table stays blank.
 */
function formulaOf(ref: CellRef, at: ReadonlyMap<string, { row: number; col: number }>): string {
  const def = tableDef(ref.table);
  const columnSum = findColumn(def, ref.column)?.sumOf;
  const addends = columnSum
    ? columnSum.map((c) => at.get(`${ref.row}.${c}`))
    : (findRow(def, ref.row)?.sumOf ?? []).map((r) => at.get(`${r}.${ref.column}`));
  const refs = addends.filter((p): p is { row: number; col: number } => p !== undefined).map((p) => address(p.row, p.col));
  const sum = sumFormula(refs);
  return `IF(COUNT(${sum.args}),${sum.text},"")`;
}
