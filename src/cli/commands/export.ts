/**
 * `export DRAFT.json -o OUT.docx [--draft-copy]`: the report as a Word file in the official layout
 * (`--format xlsx`: tables 二–四 as a workbook, export-xlsx.ts).
 * A report with errors is refused (exit 1) unless a draft copy, marked “（草稿）”, is asked for.
 */
import { parseArgs } from 'node:util';
import { defaultI18n } from '../../i18n/index.ts';
import { blocksFinal, renderFinding, runRules, traitsOf } from '../../report/index.ts';
import { reportDocxBytes } from '../../export-docx/pack.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { writeOutputFile } from '../files.ts';
import { loadDraft } from '../load-draft.ts';
import { exportXlsx } from './export-xlsx.ts';
import { findingText, pathOf } from '../terminal.ts';

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, 'draft-copy': { type: 'boolean' }, format: { type: 'string' } },
  });
  const [path, extra] = positionals;
  if (!path || extra !== undefined) throw new UsageError('export needs one DRAFT.json');
  if (!values.out) throw new UsageError('export needs -o OUT.docx');
  if (values.format !== undefined && !['docx', 'xlsx'].includes(values.format)) throw new UsageError(`unknown --format ${values.format}`);
  const draft = await loadDraft(io, path);
  if (values.format === 'xlsx') return exportXlsx(io, draft.report, values.out);
  const draftCopy = values['draft-copy'] ?? false;
  const findings = runRules(draft.report, { today: io.today() });
  if (blocksFinal(findings) && !draftCopy) {
    const i18n = defaultI18n();
    for (const f of findings.filter((x) => traitsOf(x).blocksFinal))
      io.err(`${f.severity}\t${f.ruleId}\t${findingText(f, renderFinding, i18n)}`);
    io.err('the report has errors: fix them, or export a draft copy with --draft-copy');
    return EXIT.findings;
  }
  await writeOutputFile(io, values.out, await reportDocxBytes(draft.report, { draftCopy }));
  io.out(pathOf(values.out));
  return EXIT.ok;
}
