/** Cells of the tables, as the definition describes them: ids, kinds, which are inputs. */
import {
  TABLES,
  type ColumnDef,
  type RowDef,
  type TableDef,
  type TableId,
  type CellKind,
  type ColumnIdOf,
  type RowIdOf,
} from './definition/index.ts';

type TableOf<T extends TableId> = Extract<(typeof TABLES)[number], { readonly id: T }>;
/** The row ids of a table, as the literal union its definition spells. */
export type RowId<T extends TableId> = RowIdOf<TableOf<T>>;
export type ColumnId<T extends TableId> = ColumnIdOf<TableOf<T>>;

/**
 * One cell, typed by the definition: `{ table: 't3', row: 'carriedOver', column: 'natural' }`
 * type-checks and a misspelt row or column does not. `CellRef` alone is any table's cell.
 */
export type CellRef<T extends TableId = TableId> = T extends TableId
  ? { readonly table: T; readonly row: RowId<T>; readonly column: ColumnId<T> }
  : never;

/** Stable cell id, e.g. `t3.newReceived.natural`; the form field is `tables.<id>`. */
export type CellId = string;

export function cellId(ref: CellRef): CellId {
  return `${ref.table}.${ref.row}.${ref.column}`;
}

/**
 * The cell at ids read from a table's definition (or checked with hasCell). Code that walks a
 * TableDef sees plain string ids; code that names a particular cell writes a CellRef literal.
 */
export function cellOf(table: TableDef, row: string, column: string): CellRef {
  // The ids are the table's own, which is all the union's members promise.
  return { table: table.id, row, column } as CellRef;
}

export function fieldPath(ref: CellRef): string {
  return `tables.${cellId(ref)}`;
}

export function tableDef(id: TableId): TableDef {
  const table = TABLES.find((t) => t.id === id);
  if (!table) throw new Error(`unknown table ${id}`);
  return table;
}

export function parseCellId(id: string): CellRef | null {
  const [table, row, column, ...rest] = id.split('.');
  if (!table || !row || !column || rest.length > 0) return null;
  const def = TABLES.find((t) => t.id === table);
  if (!def) return null;
  return hasCell(def, row, column) ? cellOf(def, row, column) : null;
}

// Totals and rules look rows and columns up by id thousands of times per run: index them once.
const rowIndex = new WeakMap<TableDef, Map<string, RowDef>>();
const columnIndex = new WeakMap<TableDef, Map<string, ColumnDef>>();

export function findRow(table: TableDef, id: string): RowDef | undefined {
  let index = rowIndex.get(table);
  if (!index) rowIndex.set(table, (index = new Map(table.rows.map((r) => [r.id, r]))));
  return index.get(id);
}

export function findColumn(table: TableDef, id: string): ColumnDef | undefined {
  let index = columnIndex.get(table);
  if (!index) columnIndex.set(table, (index = new Map(table.columns.map((c) => [c.id, c]))));
  return index.get(id);
}

/** The columns a row has: its own list (table 二) or all columns. */
export function rowColumns(table: TableDef, row: RowDef): readonly ColumnDef[] {
  const ids = row.columns;
  if (!ids) return table.columns;
  return table.columns.filter((c) => ids.includes(c.id));
}

export function hasCell(table: TableDef, rowId: string, columnId: string): boolean {
  const row = findRow(table, rowId);
  return !!row && rowColumns(table, row).some((c) => c.id === columnId);
}

export function isComputed(table: TableDef, rowId: string, columnId: string): boolean {
  return !!findRow(table, rowId)?.sumOf || !!findColumn(table, columnId)?.sumOf;
}

export function cellKind(table: TableDef, columnId: string): CellKind {
  return findColumn(table, columnId)?.kind ?? 'count';
}

/**
 * The cell lists of a table never change, and the rules ask for them many times per run: they are
 * worked out once per table and shared (read-only: CellRef fields are readonly too).
 */
const cellLists = new WeakMap<TableDef, { all: readonly CellRef[]; input: readonly CellRef[] }>();

function cellListsOf(table: TableDef) {
  let lists = cellLists.get(table);
  if (!lists) {
    const all = table.rows.flatMap((row) => rowColumns(table, row).map((col) => cellOf(table, row.id, col.id)));
    lists = { all, input: all.filter((c) => !isComputed(table, c.row, c.column)) };
    cellLists.set(table, lists);
  }
  return lists;
}

/** Every cell of a table in reading order (row by row), inputs and computed. */
export function allCells(table: TableDef): readonly CellRef[] {
  return cellListsOf(table).all;
}

export function inputCells(table: TableDef): readonly CellRef[] {
  return cellListsOf(table).input;
}

export const ALL_INPUT_CELLS: readonly CellRef[] = TABLES.flatMap((t) => inputCells(t));
