/** Reading and writing table cells by reference, and blank tables built from the definition. */
import { TABLES, type TableDef } from './definition/index.ts';
import { inputCells, type CellRef } from './cells.ts';
import type { CellValue } from './model.ts';
import type { Tables } from './schema.ts';

type LooseTable = Record<string, Record<string, CellValue> | undefined>;

function loose(tables: Tables, table: TableDef['id']): LooseTable {
  // Tables are typed per table; by reference they are read as plain nested records.
  return tables[table] as unknown as LooseTable;
}

export function getInput(tables: Tables, ref: CellRef): CellValue {
  return loose(tables, ref.table)[ref.row]?.[ref.column] ?? null;
}

/** Returns new tables with one input cell changed (the argument is not mutated). */
export function withInput(tables: Tables, ref: CellRef, value: CellValue): Tables {
  const table = loose(tables, ref.table);
  const row = { ...table[ref.row], [ref.column]: value };
  return { ...tables, [ref.table]: { ...table, [ref.row]: row } } as Tables;
}

export function emptyTables(): Tables {
  const out: Record<string, LooseTable> = {};
  for (const table of TABLES) {
    const t: LooseTable = (out[table.id] = {});
    for (const cell of inputCells(table)) (t[cell.row] ??= {})[cell.column] = null;
  }
  return out as unknown as Tables;
}

/** Every input cell set to one value (e.g. 0 for the 填0 action on blank cells only). */
export function fillBlanks(tables: Tables, table: TableDef, value: 0): Tables {
  let next = tables;
  for (const cell of inputCells(table)) if (getInput(next, cell) === null) next = withInput(next, cell, value);
  return next;
}
