/**
 * `export DRAFT.json -o OUT.docx [--format docx|html|pdf|xlsx] [--draft-copy] [--fonts standard|system]`:
 * the report in the official layout — a Word file, a standalone web page, a PDF (the Word file
 * converted by LibreOffice), or tables 二–四 as a workbook (export-xlsx.ts). A report with errors is
 * refused (exit 1) unless a draft copy, marked “（草稿）”, is asked for (the workbook is a working
 * file: its errors are listed, not refused). `--fonts` overrides the draft's own font scheme.
 */
import { parseArgs } from 'node:util';
import { defaultI18n } from '../../i18n/index.ts';
import { FONT_SCHEME_IDS, blocksFinal, isFontSchemeId, renderFinding, runRules, traitsOf } from '../../report/index.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { writeOutputFile } from '../files.ts';
import { loadDraft } from '../load-draft.ts';
import { exportXlsx } from './export-xlsx.ts';
import { findingText, pathOf } from '../terminal.ts';
import { FORMATS, formatBytes, formatOfPath, isFormat } from './export-format.ts';

export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'draft-copy': { type: 'boolean' },
      fonts: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const [path, extra] = positionals;
  if (!path || extra !== undefined) throw new UsageError('export needs one DRAFT.json');
  if (!values.out) throw new UsageError('export needs -o OUT.docx');
  const fonts = values.fonts;
  if (fonts !== undefined && !isFontSchemeId(fonts)) throw new UsageError(`--fonts must be ${FONT_SCHEME_IDS.join(' or ')}`);
  const format = values.format ?? formatOfPath(values.out);
  if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const draft = await loadDraft(io, path);
  if (format === 'xlsx') return exportXlsx(io, draft.report, values.out);
  const draftCopy = values['draft-copy'] ?? false;
  const findings = runRules(draft.report, { today: io.today() });
  if (blocksFinal(findings) && !draftCopy) {
    const i18n = defaultI18n();
    for (const f of findings.filter((x) => traitsOf(x).blocksFinal))
      io.err(`${f.severity}\t${f.ruleId}\t${findingText(f, renderFinding, i18n)}`);
    io.err('the report has errors: fix them, or export a draft copy with --draft-copy');
    return EXIT.findings;
  }
  const bytes = await formatBytes(format, draft.report, { draftCopy, fonts });
  await writeOutputFile(io, values.out, bytes);
  io.out(pathOf(values.out));
  return EXIT.ok;
}
