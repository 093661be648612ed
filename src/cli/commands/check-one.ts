/**
 * One file of `check` over many: its summary row and exit code. Run in-process for a few files and
 * in the worker threads of check-pool.ts for many, so both print the same rows.
 */
import { defaultI18n } from '../../i18n/index.ts';
import { hasErrors, renderFinding, runRules, type Finding } from '../../report/index.ts';
import { CliFailure, EXIT, type CliIo } from '../io.ts';
import { loadDraft } from '../load-draft.ts';
import type { SummaryFormat, SummaryRow } from '../summary-table.ts';
import { findingText, pathOf } from '../terminal.ts';

export interface CheckedFile {
  row: SummaryRow;
  exit: number;
}

const count = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

/** `today`: the run's date, taken once, so every file of a run (on any thread) is judged against the same day. */
export async function checkOne(io: CliIo, path: string, format: SummaryFormat, today: string): Promise<CheckedFile> {
  const i18n = defaultI18n();
  try {
    const { report } = await loadDraft(io, path);
    const findings = runRules(report, { today });
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
