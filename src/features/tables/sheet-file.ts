/**
 * 从表格导入's file step: a chosen .xlsx or .csv read into the tables' figures, or the reason it
 * cannot be. Refused by size before it is read; the reader and its libraries load only now.
 */
import type { i18n as I18n } from 'i18next';
import { SIZE_LIMITS, decodeText, renderDecodeProblem, renderTooLarge, type CellRef, type Tables } from '../../report/index.ts';
import type { AppliedRead, TablesRead } from '../../export-xlsx/read.ts';

export type SheetFileResult =
  | {
      ok: true;
      read: TablesRead;
      /** Against the tables when the file was read: what the preview shows. */
      applied: AppliedRead;
      notes: string[];
      /** The read figures set in `tables` (the tables at confirmation, which may have moved on). */
      applyTo(tables: Tables): Tables;
      cellName(ref: CellRef): string;
    }
  | { ok: false; reason: string };

export async function readSheetFile(file: File, tables: Tables, i18n: I18n): Promise<SheetFileResult> {
  const t = (key: string, params?: Record<string, unknown>) => (i18n.t as unknown as (k: string, p?: unknown) => string)(key, params);
  if (file.size > SIZE_LIMITS.csv) return { ok: false, reason: renderTooLarge('csv', file.size, i18n) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const reader = await import('../../export-xlsx/index.ts');
  const { cellName, renderSheetNote } = await import('../../export-xlsx/messages.ts');
  let read: TablesRead;
  if (/\.csv$/i.test(file.name)) {
    const decoded = decodeText(bytes, { allowGbk: true });
    if (!decoded.ok) return { ok: false, reason: renderDecodeProblem(decoded, i18n) };
    const { readCsvTables } = await import('../../export-xlsx/csv-read.ts');
    const csv = readCsvTables(decoded.text, file.name);
    if (!csv.ok)
      return {
        ok: false,
        reason: csv.errors
          .slice(0, 5)
          .map((e) => t('drafts:csv.line', { line: e.line, message: t(`drafts:csv.${e.code}`, e.params) }))
          .join('；'),
      };
    read = csv.read;
  } else {
    try {
      read = await reader.readXlsxTables(bytes);
    } catch (error) {
      if (error instanceof reader.WorkbookError) return { ok: false, reason: t(`spreadsheet:file.${error.problem}`) };
      throw error;
    }
  }
  const applied = reader.applyRead(tables, read);
  const notes = [...read.notes, ...applied.notes].map((n) => renderSheetNote(n, i18n));
  return {
    ok: true,
    read,
    applied,
    notes,
    applyTo: (current) => reader.applyRead(current, read).tables,
    cellName: (ref) => cellName(i18n, ref),
  };
}
