/**
 * The reader's notes as sentences (namespace `spreadsheet`), for the CLI and the import dialog: each
 * names the table, the cell by its official labels, and where it sits in the file (sheet!A1).
 */
import { findColumn, findRow, tableDef } from '../report/index.ts';
import type { i18n as I18n } from 'i18next';
import { translate } from '../i18n/index.ts';
import type { SheetNote } from './read.ts';

export function cellName(i18n: I18n, ref: { table: 't2' | 't3' | 't4'; row: string; column: string }): string {
  const table = tableDef(ref.table);
  return translate(i18n, 'spreadsheet:cell', {
    table: table.number,
    row: findRow(table, ref.row)?.label ?? ref.row,
    column: findColumn(table, ref.column)?.label ?? ref.column,
  });
}

export function renderSheetNote(note: SheetNote, i18n: I18n): string {
  const at = 'address' in note ? translate(i18n, 'spreadsheet:at', { sheet: note.sheet, address: note.address }) : '';
  const table = 'table' in note ? tableDef(note.table).number : '';
  const cell = 'ref' in note ? cellName(i18n, note.ref) : '';
  // Cell values are quoted from the file: one line, cut short (a 50 MB cell is not echoed).
  const shown = (text: string) => {
    const line = text.replace(/\s+/g, ' ');
    return line.length > 40 ? `${line.slice(0, 40)}…` : line;
  };
  const params: Record<string, unknown> = { ...note, table, cell };
  if ('value' in note) params.value = shown(note.value);
  return translate(i18n, `spreadsheet:note.${note.code}`, params) + at;
}
