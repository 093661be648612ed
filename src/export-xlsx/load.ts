/**
 * Reading a workbook file: exceljs opens the .xlsx (loaded here, on demand) and every worksheet
 * becomes a plain grid for the label reader (read.ts). A file that is not a workbook is refused
 * with the reason, before anything is read.
 */
import { loadExcel } from './load-excel.ts';
import { sheetGridOf, type SheetGrid } from './sheet-grid.ts';
import { readTables, type TablesRead } from './read.ts';

/** A .xlsx is a zip: it starts with "PK". An old .xls (OLE2) starts with D0 CF 11 E0. */
export type WorkbookProblem = 'oldXls' | 'notXlsx' | 'unreadable';

export class WorkbookError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(problem);
  }
}

export async function workbookGrids(bytes: Uint8Array): Promise<SheetGrid[]> {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new WorkbookError('oldXls');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new WorkbookError('notXlsx');
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    // exceljs's types ask for a Node Buffer; it reads any ArrayBuffer (the browser has no Buffer).
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as never);
  } catch {
    throw new WorkbookError('unreadable');
  }
  return workbook.worksheets.map(sheetGridOf);
}

export async function readXlsxTables(bytes: Uint8Array): Promise<TablesRead> {
  return readTables(await workbookGrids(bytes));
}

/** Rows of text (a CSV laid out like the printed tables) as one grid: no merges, labels by text. */
export function gridOfRows(name: string, rows: readonly (readonly string[])[]): SheetGrid {
  const cells = rows.flatMap((fields, r) =>
    fields.flatMap((field, c) => {
      const text = field.trim();
      return text ? [{ row: r + 1, col: c + 1, right: c + 1, bottom: r + 1, text, number: null, uncomputed: false }] : [];
    }),
  );
  return { name, cells };
}
