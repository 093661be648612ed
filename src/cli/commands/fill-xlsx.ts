/**
 * `fill DRAFT.json TABLES.xlsx -o OUT.json`: input cells from a workbook whose cells carry the
 * official labels (the app's export or a colleague's sheet laid out like the printed tables).
 * A cell that cannot be read (a negative, a decimal count, text) refuses the whole file, exit 2
 * and nothing written, as a bad CSV line does; labels not found, figures not placed and totals
 * that differ are reported on stderr and the rest is filled.
 */
import { defaultI18n, translate } from '../../i18n/index.ts';
import type { Report } from '../../report/index.ts';
import { WorkbookError, readXlsxTables } from '../../export-xlsx/load.ts';
import { applyRead, type SheetNote } from '../../export-xlsx/read.ts';
import { renderSheetNote } from '../../export-xlsx/messages.ts';
import { readInputFile } from '../files.ts';
import { CliFailure, EXIT, type CliIo } from '../io.ts';
import { writeDraft } from '../load-draft.ts';
import { line, pathOf } from '../terminal.ts';

const WARNINGS: ReadonlySet<SheetNote['code']> = new Set(['tableNotFound', 'labelNotFound', 'notPlaced', 'computedDiffers']);
const MAX_NOTES = 20;

export async function fillFromXlsx(io: CliIo, report: Report, xlsxPath: string, out: string): Promise<number> {
  const i18n = defaultI18n();
  const bytes = await readInputFile(io, xlsxPath, 'csv');
  let read;
  try {
    read = await readXlsxTables(bytes);
  } catch (error) {
    if (error instanceof WorkbookError)
      throw new CliFailure(`${pathOf(xlsxPath)}: ${translate(i18n, `spreadsheet:file.${error.problem}`)}`);
    throw error;
  }
  const say = (notes: readonly SheetNote[]) => {
    for (const note of notes.slice(0, MAX_NOTES)) io.err(line(`${pathOf(xlsxPath)}: ${renderSheetNote(note, i18n)}`));
    if (notes.length > MAX_NOTES) io.err(translate(i18n, 'spreadsheet:import.more', { count: notes.length - MAX_NOTES }));
  };
  const errors = read.notes.filter((n) => !WARNINGS.has(n.code));
  if (errors.length > 0 || read.found.length === 0) {
    say(errors);
    if (read.found.length === 0) io.err(translate(i18n, 'spreadsheet:import.nothingFound', { file: pathOf(xlsxPath) }));
    return EXIT.usage;
  }
  const applied = applyRead(report.tables, read);
  say([...read.notes, ...applied.notes]);
  await writeDraft(io, out, { ...report, tables: applied.tables });
  io.out(pathOf(out));
  io.err(translate(i18n, 'spreadsheet:import.applied', { file: pathOf(xlsxPath), count: read.inputs.length }));
  return EXIT.ok;
}
