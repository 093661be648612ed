/** Reading and writing table cells by reference, and blank tables built from the definition. */
import { TABLES, type TableDef } from './definition/index.ts';
import { cellKind, inputCells, type CellRef } from './cells.ts';
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

/** The input cells of a table that are still blank (null), in reading order. */
export function blankCells(tables: Tables, table: TableDef): CellRef[] {
  return inputCells(table).filter((cell) => getInput(tables, cell) === null);
}

/** The zero of a cell: 0 for a count, "0" for a 万元 amount (amounts are decimal strings). */
export function zeroOf(table: TableDef, cell: CellRef): 0 | '0' {
  return cellKind(table, cell.column) === 'amount' ? '0' : 0;
}

/**
 * 填0: every blank input cell of a table set to its zero (typed values are kept). The optional 0
 * only names the action at older call sites: an amount cell gets "0", never the number.
 */
export function fillBlanks(tables: Tables, table: TableDef, _zero: 0 = 0): Tables {
  let next = tables;
  for (const cell of blankCells(tables, table)) next = withInput(next, cell, zeroOf(table, cell));
  return next;
}
