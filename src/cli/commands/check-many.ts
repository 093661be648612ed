/**
 * `check A.json B.json 'drafts/*.json' [--json|--csv]`: a county office reviewing its units'
 * drafts. One row per file (organ, year, errors, warnings, notes, the first error); a file that is
 * not a draft is its own row. Exit 2 when a file could not be read, else 1 when any has errors.
 */
import { defaultI18n } from '../../i18n/index.ts';
import { hasErrors, renderFinding, runRules, type Finding } from '../../report/index.ts';
import { CliFailure, EXIT, type CliIo } from '../io.ts';
import { loadDraft } from '../load-draft.ts';
import { renderSummary, type SummaryFormat, type SummaryRow } from '../summary-table.ts';
import { findingText, pathOf } from '../terminal.ts';

const COLUMNS = ['file', 'organ', 'year', 'errors', 'warnings', 'notes', 'first problem'];

const count = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

async function checkOne(io: CliIo, path: string, format: SummaryFormat): Promise<{ row: SummaryRow; exit: number }> {
  const i18n = defaultI18n();
  try {
    const { report } = await loadDraft(io, path);
    const findings = runRules(report, { today: io.today() });
    const first = findings.find((f) => f.severity === 'error') ?? findings[0];
    const cells = {
      file: pathOf(path),
      organ: report.organ.name,
      year: report.year,
      errors: count(findings, 'error'),
      warnings: count(findings, 'warning'),
      notes: count(findings, 'info'),
      'first problem': first ? findingText(first, renderFinding, i18n) : '',
    };
    // Every message is rendered only for --json, the one format that prints them all.
    const detail =
      format === 'json' ? { ...cells, ok: true, findings: findings.map((f) => ({ ...f, message: renderFinding(f, i18n) })) } : null;
    return { row: { cells, detail }, exit: hasErrors(findings) ? EXIT.findings : EXIT.ok };
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    const cells = {
      file: pathOf(path),
      organ: null,
      year: null,
      errors: null,
      warnings: null,
      notes: null,
      'first problem': error.message,
    };
    return { row: { cells, detail: { file: pathOf(path), ok: false, problem: error.message } }, exit: EXIT.usage };
  }
}

export async function checkMany(io: CliIo, paths: readonly string[], format: SummaryFormat): Promise<number> {
  const rows: SummaryRow[] = [];
  let exit: number = EXIT.ok;
  for (const path of paths) {
    const one = await checkOne(io, path, format);
    rows.push(one.row);
    exit = Math.max(exit, one.exit);
  }
  io.out(renderSummary(COLUMNS, rows, format));
  return exit;
}
