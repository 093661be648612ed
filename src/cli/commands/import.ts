/**
 * `import REPORT.(txt|md|html|docx|pdf) -o DRAFT.json [--json]`: a draft from a published report.
 * Exit 0 imported (findings are printed), 2 refused or unreadable (nothing written).
 */
import { parseArgs } from 'node:util';
import { defaultI18n } from '../../i18n/index.ts';
import {
  importReport,
  renderImportError,
  renderImportFinding,
  renderSectionStatus,
  decodeHtml,
  fileKind,
  type ImportInput,
} from '../../import/index.ts';
import { readInputFile, readTextFile } from '../files.ts';
import { CliFailure, EXIT, UsageError, type CliIo } from '../io.ts';
import { writeDraft } from '../load-draft.ts';
import { findingText, jsonOut, pathOf, shown } from '../terminal.ts';

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  });
  const [path, extra] = positionals;
  if (!path || extra !== undefined || !values.output) throw new UsageError('import needs one REPORT.(txt|md|html|docx|pdf) -o DRAFT.json');
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
  await writeDraft(io, values.output, result.report);
  if (values.json) {
    const findings = result.findings.map((f) => ({ ...f, message: renderImportFinding(f, i18n) }));
    io.out(jsonOut({ output: values.output, format: result.format, sections: result.sections, findings }));
  } else {
    io.out(i18n.t('import:cli.summary', { organ: shown(result.report.organ.name), year: result.report.year, format: result.format }));
    for (const [id, section] of Object.entries(result.sections)) io.out(`  ${renderSectionStatus(id, section, i18n)}`);
    for (const f of result.findings) io.out(`${f.severity}\t${f.code}\t${findingText(f, renderImportFinding, i18n)}`);
    io.out(pathOf(values.output));
  }
  return EXIT.ok;
}
