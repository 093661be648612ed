/**
 * `import REPORT.(txt|md|html|docx|pdf) -o DRAFT.json [--json]`: a draft from a published report.
 * Exit 0 imported (findings are printed), 2 refused or unreadable (nothing written). Several files
 * or a pattern with `--out-dir DIR`: one draft each and a summary row per file (import-many.ts).
 */
import { parseArgs } from 'node:util';
import { defaultI18n } from '../../i18n/index.ts';
import { renderImportFinding, renderSectionStatus } from '../../import/index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { expandInputs } from '../inputs.ts';
import { writeDraft } from '../load-draft.ts';
import { summaryFormat } from '../summary-table.ts';
import { findingText, jsonOut, pathOf, shown } from '../terminal.ts';
import { importFile } from './import-file.ts';
import { importMany } from './import-many.ts';

export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, 'out-dir': { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
  });
  if (values['out-dir'] !== undefined) {
    if (positionals.length === 0 || values.output)
      throw new UsageError('import with --out-dir needs REPORT files (or a pattern) and no -o');
    return importMany(io, await expandInputs(io, positionals), values['out-dir'], summaryFormat(values));
  }
  const [path, extra] = positionals;
  if (!path || extra !== undefined || !values.output)
    throw new UsageError('import needs one REPORT.(txt|md|html|docx|pdf) -o DRAFT.json, or several with --out-dir DIR');
  const i18n = defaultI18n();
  const result = await importFile(io, path);
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
