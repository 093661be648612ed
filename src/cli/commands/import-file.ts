/** Reading one published report for `import`: the file's kind by extension (or its first bytes), then the importer. */
import { defaultI18n } from '../../i18n/index.ts';
import { importReport, renderImportError, decodeHtml, fileKind, type ImportInput, type ImportResult } from '../../import/index.ts';
import { readInputFile, readTextFile } from '../files.ts';
import { CliFailure, type CliIo } from '../io.ts';
import { pathOf } from '../terminal.ts';

export type Imported = Extract<ImportResult, { ok: true }>;

/** The report read from `path`, or a CliFailure saying why not. */
export async function importFile(io: CliIo, path: string): Promise<Imported> {
  const i18n = defaultI18n();
  // A file without an extension is read as text, as before.
  const kind = /\.[^./\\]+$/.test(path) ? fileKind(path) : 'text';
  if (!kind) throw new CliFailure(`${pathOf(path)}: ${i18n.t('import:errors.unsupportedFile')}`);
  // Web pages and Notepad files of Chinese offices are often GBK: read as such when they are.
  const input: ImportInput =
    kind === 'docx' || kind === 'pdf'
      ? { kind, bytes: await readInputFile(io, path, 'report') }
      : kind === 'html'
        ? { kind, html: decodeHtml(await readInputFile(io, path, 'report')) }
        : { kind, text: await readTextFile(io, path, 'report') };
  const result = await importReport(input);
  if (!result.ok) throw new CliFailure(`${pathOf(path)}: ${renderImportError(result, i18n)}`);
  return result;
}

/** Table cells read of those expected, over all sections. */
export function cellsRead(result: Imported): { read: number; expected: number } {
  let read = 0;
  let expected = 0;
  for (const section of Object.values(result.sections)) {
    read += section.cells?.found ?? 0;
    expected += section.cells?.expected ?? 0;
  }
  return { read, expected };
}
