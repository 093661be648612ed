/**
 * `import REPORT.(txt|md|html|docx) -o DRAFT.json [--json]`: a draft from a published report.
 * Exit 0 imported (findings are printed), 2 refused or unreadable (nothing written).
 */
import { parseArgs } from 'node:util';
import { defaultI18n } from '../../i18n/index.ts';
import { importReport, renderImportError, renderImportFinding, renderSectionStatus, inputOfFile } from '../../import/index.ts';
import { serializeDraft } from '../../report/index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } } });
  const [path] = positionals;
  if (!path || !values.output) throw new UsageError('import needs REPORT.(txt|docx) -o DRAFT.json');
  const i18n = defaultI18n();
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(path);
  } catch (error) {
    io.err(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
  const input = inputOfFile(path, bytes);
  if (!input) {
    io.err(`${path}: ${i18n.t('import:errors.unsupportedFile')}`);
    return EXIT.usage;
  }
  const result = await importReport(input);
  if (!result.ok) {
    io.err(`${path}: ${renderImportError(result, i18n)}`);
    return EXIT.usage;
  }
  await io.writeText(values.output, serializeDraft(result.report));
  if (values.json) {
    const findings = result.findings.map((f) => ({ ...f, message: renderImportFinding(f, i18n) }));
    io.out(JSON.stringify({ output: values.output, format: result.format, sections: result.sections, findings }, null, 2));
  } else {
    io.out(i18n.t('import:cli.summary', { organ: result.report.organ.name, year: result.report.year, format: result.format }));
    for (const [id, section] of Object.entries(result.sections)) io.out(`  ${renderSectionStatus(id, section, i18n)}`);
    for (const f of result.findings) io.out(`${f.severity}\t${f.code}\t${renderImportFinding(f, i18n)}`);
    io.out(values.output);
  }
  return EXIT.ok;
}
