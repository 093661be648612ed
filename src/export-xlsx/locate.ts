/**
 * Finding a table's cells on a sheet by their official labels, not by position: the app's own
 * export, or a colleague's sheet laid out like the printed table with rows and columns moved about.
 * A value sits where its row's label (left of it) meets its column's label — the nearest one above
 * (table 二 repeats 本年处理决定数量 per block; table 三's 总计 recurs in table 四). Table 四's rows
 * are printed as column groups: a value sits under its column's label, inside its row's group.
 */
import { cellKind, cellOf, isComputed, rowColumns, tableDef, type CellRef, type TableDef, type TableId } from '../report/index.ts';
import { normalizeLabel, type RawCell, type SheetGrid } from './sheet-grid.ts';

export interface Placement {
  ref: CellRef;
  computed: boolean;
  amount: boolean;
  sheet: string;
  /** Where the value is read: its sheet row and column (the top-left of a merge). */
  row: number;
  col: number;
  /** The cell found there; null when it is empty. */
  cell: RawCell | null;
}

export interface LocateNote {
  table: TableId;
  code: 'tableNotFound' | 'labelNotFound';
  /** The table's number, or the labels not found (the first few). */
  label: string;
  count: number;
  sheet: string | null;
}

/** A partial sheet misses many labels: one note per table names the first few. */
const LABELS_NAMED = 3;

export interface Located {
  table: TableId;
  sheet: string | null;
  placements: Placement[];
  notes: LocateNote[];
  /** Cells read as labels or values, `row,col`, per sheet: what is left over is reported. */
  used: Set<string>;
}

class SheetIndex {
  readonly byLabel = new Map<string, RawCell[]>();
  readonly byPosition = new Map<string, RawCell>();
  constructor(readonly grid: SheetGrid) {
    for (const cell of grid.cells) {
      const key = normalizeLabel(cell.text);
      const list = this.byLabel.get(key) ?? [];
      list.push(cell);
      this.byLabel.set(key, list);
      this.byPosition.set(`${cell.row},${cell.col}`, cell);
    }
  }
  labelled(label: string): RawCell[] {
    return this.byLabel.get(normalizeLabel(label)) ?? [];
  }
  /**
   * The columns a group label heads: its merge, or — unmerged, as a colleague may type it — up to
   * the next label in its row.
   */
  spanOf(head: RawCell): { left: number; right: number } {
    if (head.right > head.col) return { left: head.col, right: head.right };
    const next = this.grid.cells.filter((c) => c.row === head.row && c.col > head.col).sort((a, b) => a.col - b.col)[0];
    const last = Math.max(...this.grid.cells.map((c) => c.right));
    return { left: head.col, right: next ? next.col - 1 : last };
  }
  /** The first non-empty cell of a row between two columns (a value merged across a block). */
  valueIn(row: number, left: number, right: number): RawCell | null {
    for (let c = left; c <= right; c++) {
      const cell = this.byPosition.get(`${row},${c}`);
      if (cell) return cell;
    }
    return null;
  }
}

/** The labels that say a sheet holds this table: its rows (and table 二's block captions). */
function anchorLabels(table: TableDef): string[] {
  const captions = table.layout.kind === 'blocks' ? table.layout.blocks.map((b) => b.caption) : [];
  return [...table.rows.map((r) => r.label), ...captions];
}

const MIN_ANCHORS = 2;

function bestSheet(indexes: readonly SheetIndex[], table: TableDef): SheetIndex | null {
  let best: SheetIndex | null = null;
  let bestCount = MIN_ANCHORS - 1;
  for (const index of indexes) {
    const count = anchorLabels(table).filter((label) => index.labelled(label).length > 0).length;
    if (count > bestCount) [best, bestCount] = [index, count];
  }
  return best;
}

export function indexSheets(grids: readonly SheetGrid[]): SheetIndex[] {
  return grids.map((g) => new SheetIndex(g));
}

export function locateTable(indexes: readonly SheetIndex[], id: TableId): Located {
  const table = tableDef(id);
  const index = bestSheet(indexes, table);
  const located: Located = { table: id, sheet: index?.grid.name ?? null, placements: [], notes: [], used: new Set() };
  if (!index) {
    located.notes.push({ table: id, code: 'tableNotFound', label: table.number, count: 1, sheet: null });
    return located;
  }
  const notFound: string[] = [];
  const missing = (label: string) => {
    if (!notFound.includes(label)) notFound.push(label);
  };
  const markUsed = (cell: RawCell) => located.used.add(`${cell.row},${cell.col}`);
  const place = (ref: CellRef, row: number, left: number, right: number) => {
    const cell = index.valueIn(row, left, right);
    if (cell) markUsed(cell);
    located.placements.push({
      ref,
      computed: isComputed(table, ref.row, ref.column),
      amount: cellKind(table, ref.column) === 'amount',
      sheet: index.grid.name,
      row,
      col: cell?.col ?? left,
      cell,
    });
  };
  for (const row of table.rows) {
    const flattened = table.layout.kind === 'flattened';
    const head = index.labelled(row.label)[0];
    if (!head) {
      // A total the sheet leaves out is no loss: totals are computed, never read into the draft.
      if (!row.sumOf) missing(row.label);
      continue;
    }
    markUsed(head);
    const span = index.spanOf(head);
    for (const column of rowColumns(table, row)) {
      const ref = cellOf(table, row.id, column.id);
      const candidates = index.labelled(column.label);
      const label = flattened
        ? // Table 四: under its row's group, the first such label below it.
          candidates.filter((c) => c.row > head.bottom && c.col >= span.left && c.col <= span.right).sort((a, b) => a.row - b.row)[0]
        : // The nearest such label above the row.
          candidates.filter((c) => c.bottom < head.row).sort((a, b) => b.row - a.row)[0];
      if (!label) {
        if (!column.sumOf) missing(column.label);
        continue;
      }
      markUsed(label);
      if (flattened) place(ref, label.bottom + 1, label.col, label.right);
      else place(ref, head.row, label.col, label.right);
    }
  }
  if (notFound.length > 0) {
    const named = notFound.slice(0, LABELS_NAMED).join('”“');
    located.notes.push({ table: id, code: 'labelNotFound', label: named, count: notFound.length, sheet: index.grid.name });
  }
  return located;
}
