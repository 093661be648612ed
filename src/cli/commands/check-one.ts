/**
 * One file of `check` over many: its summary row and exit code. Run in-process for a few files and
 * in the worker threads of check-pool.ts for many, so both print the same rows.
 */
import type { i18n as I18n } from 'i18next';
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

/**
 * First-problem texts already rendered, by language, rule and parameters. A folder of drafts has
 * few distinct first problems (未填写落款日期 in most of them), and i18next's lookup and
 * interpolation cost more than the rest of a small draft's summary row. Bounded: a run whose
 * first problems all differ (each quoting its own sentence) renders each once, as without it.
 */
const firstTexts = new Map<string, string>();
export const FIRST_TEXTS_KEPT = 256;

/** `findingText(finding, renderFinding, i18n)`, remembered for the run. */
export function firstProblemText(finding: Finding, i18n: I18n): string {
  // JSON tells 1 from '1' and keeps list parameters apart; a key never names two different texts.
  const key = `${i18n.language}\u0000${finding.ruleId}\u0000${JSON.stringify(finding.params)}`;
  let text = firstTexts.get(key);
  if (text === undefined) {
    if (firstTexts.size >= FIRST_TEXTS_KEPT) firstTexts.clear();
    text = findingText(finding, renderFinding, i18n);
    firstTexts.set(key, text);
  }
  return text;
}

/** How many texts are kept now (for the test that they stay bounded). */
export const firstTextsKept = (): number => firstTexts.size;

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
      'first problem': first ? firstProblemText(first, i18n) : '',
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
