/**
 * 从表格导入: the figures of tables 二–四 read from worksheets by their official labels (locate.ts).
 * Input cells are set; computed cells (totals) are compared with what the new figures add up to,
 * never stored; every cell that could not be placed or read is reported by sheet and address, and
 * nothing is changed for a cell that is not understood.
 */
import {
  TABLES,
  cellId,
  getInput,
  parseAmount,
  parseCount,
  tableDef,
  valueOf,
  withInput,
  type CellRef,
  type CellValue,
  type NumberProblem,
  type TableId,
  type Tables,
} from '../report/index.ts';
import { indexSheets, locateTable, type LocateNote, type Placement } from './locate.ts';
import { cellAddress, type RawCell, type SheetGrid } from './sheet-grid.ts';
import { address } from './address.ts';

export interface ReadCell {
  ref: CellRef;
  value: CellValue;
  sheet: string;
  address: string;
}

export type SheetNote =
  | LocateNote
  | { code: NumberProblem | 'uncomputed'; table: TableId; sheet: string; address: string; value: string; ref: CellRef }
  | { code: 'notPlaced'; sheet: string; address: string; value: string }
  | { code: 'computedDiffers'; table: TableId; sheet: string; address: string; ref: CellRef; given: string; computed: string };

export interface TablesRead {
  /** The tables found, with the sheet each was read from. */
  found: { table: TableId; sheet: string }[];
  inputs: ReadCell[];
  computed: ReadCell[];
  notes: SheetNote[];
}

/**
 * A stored number as the text a person sees: fifteen significant digits, so that a colleague's
 * 0.1+0.2 reads as 0.3 (as Excel shows it), and an amount of up to six decimals reads exactly.
 */
export function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function parseCell(placement: Placement) {
  const cell = placement.cell;
  if (!cell) return { ok: true as const, value: null };
  const text = cell.number !== null ? numberText(cell.number) : cell.text;
  return placement.amount ? parseAmount(text) : parseCount(text);
}

/** A number-like leftover is a figure the reader did not place; a stray title or note is not. */
const looksLikeFigure = (cell: RawCell) => cell.number !== null || /^[\d０-９,，.．\s]+$/.test(cell.text);

export function readTables(grids: readonly SheetGrid[]): TablesRead {
  const indexes = indexSheets(grids);
  const read: TablesRead = { found: [], inputs: [], computed: [], notes: [] };
  const used = new Map<string, Set<string>>();
  for (const table of TABLES) {
    const located = locateTable(indexes, table.id);
    read.notes.push(...located.notes);
    if (!located.sheet) continue;
    read.found.push({ table: table.id, sheet: located.sheet });
    const seen = used.get(located.sheet) ?? new Set<string>();
    for (const key of located.used) seen.add(key);
    used.set(located.sheet, seen);
    for (const placement of located.placements) {
      const at = { sheet: placement.sheet, address: address(placement.row, placement.col) };
      if (placement.cell?.uncomputed) {
        // A formula nobody has computed yet: its value is unknown, not blank.
        if (!placement.computed)
          read.notes.push({ code: 'uncomputed', table: table.id, ...at, value: placement.cell.text, ref: placement.ref });
        continue;
      }
      const parsed = parseCell(placement);
      if (!parsed.ok) {
        read.notes.push({ code: parsed.problem, table: table.id, ...at, value: placement.cell?.text ?? '', ref: placement.ref });
        continue;
      }
      (placement.computed ? read.computed : read.inputs).push({ ref: placement.ref, value: parsed.value, ...at });
    }
  }
  for (const grid of grids) {
    const seen = used.get(grid.name) ?? new Set<string>();
    for (const cell of grid.cells)
      if (!seen.has(`${cell.row},${cell.col}`) && looksLikeFigure(cell))
        read.notes.push({ code: 'notPlaced', sheet: grid.name, address: cellAddress(cell), value: cell.text });
  }
  read.notes.sort((a, b) => NOTE_ORDER.indexOf(a.code) - NOTE_ORDER.indexOf(b.code));
  return read;
}

/** What stops a cell being filled first, then leftovers, then what was not found at all. */
const NOTE_ORDER: readonly SheetNote['code'][] = [
  'negative',
  'decimal',
  'notNumber',
  'tooLarge',
  'tooManyDecimals',
  'uncomputed',
  'computedDiffers',
  'notPlaced',
  'labelNotFound',
  'tableNotFound',
];

export interface CellChange {
  ref: CellRef;
  before: CellValue;
  after: CellValue;
  sheet: string;
  address: string;
}

export interface AppliedRead {
  tables: Tables;
  /** Input cells whose value changes (the preview lists them). */
  changes: CellChange[];
  /** Input cells read with the value they already hold. */
  unchanged: number;
  /** Totals in the sheet that differ from what the read figures add up to. */
  notes: SheetNote[];
}

/** The tables with the read inputs set, and the sheet's totals checked against the new sums. */
export function applyRead(tables: Tables, read: TablesRead): AppliedRead {
  let next = tables;
  const changes: CellChange[] = [];
  let unchanged = 0;
  for (const cell of read.inputs) {
    const before = getInput(tables, cell.ref);
    if (before === cell.value) unchanged++;
    else changes.push({ ref: cell.ref, before, after: cell.value, sheet: cell.sheet, address: cell.address });
    next = withInput(next, cell.ref, cell.value);
  }
  const notes: SheetNote[] = [];
  for (const cell of read.computed) {
    const computed = valueOf(next, tableDef(cell.ref.table), cell.ref);
    if (cell.value !== null && String(cell.value) !== String(computed ?? ''))
      notes.push({
        code: 'computedDiffers',
        table: cell.ref.table,
        sheet: cell.sheet,
        address: cell.address,
        ref: cell.ref,
        given: String(cell.value),
        computed: String(computed ?? ''),
      });
  }
  return { tables: next, changes, unchanged, notes };
}

/** A stable key per cell, for tests and the preview's lists. */
export const readKey = (cell: { ref: CellRef }) => cellId(cell.ref);
