/**
 * Table-wide changes (a paste, 填0) made as ONE change to the form: one setValue of the whole
 * table, so the autosave, the rules and an undo history see one step, and every cell and total
 * of the table hears it at once.
 */
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import {
  blankCells,
  cellId,
  withInput,
  zeroOf,
  type CellRef,
  type CellValue,
  type Report,
  type TableDef,
  type Tables,
} from '../../report/index.ts';

type Form = Pick<UseFormReturn<Report>, 'getValues' | 'setValue'>;

function setTable(form: Form, table: TableDef, tables: Tables): void {
  const path = `tables.${table.id}` as FieldPath<Report>;
  form.setValue(path, tables[table.id] as never, { shouldDirty: true });
}

/** Writes a paste's cells (planPaste's `writes`) into the form in one change. */
export function applyPaste(form: Form, table: TableDef, writes: readonly { ref: CellRef; value: CellValue }[]): void {
  let next = form.getValues('tables');
  for (const { ref, value } of writes) next = withInput(next, ref, value);
  setTable(form, table, next);
}

/**
 * 填0 in one change: the blank cells become 0, except those holding text that is not a number
 * (blank in the draft, but not empty: the user's text stays to be fixed). Returns how many.
 */
export function applyFillZero(form: Form, table: TableDef, kept: ReadonlyMap<string, string>): number {
  const tables = form.getValues('tables');
  const blanks = blankCells(tables, table).filter((c) => !kept.has(cellId(c)));
  let next = tables;
  for (const cell of blanks) next = withInput(next, cell, zeroOf(table, cell));
  if (blanks.length) setTable(form, table, next);
  return blanks.length;
}
