/**
 * Each step's status in the step list (未开始 / 填写中 / 有错误 / 有提示 / 已完成), derived from the
 * report and the rule engine's findings. Pure: no React.
 */
import { TABLES, getInput, inputCells, traitsOf, type Finding, type Report } from '../report/index.ts';
import type { StepId } from '../session/steps.ts';

export type StepStatus = 'notStarted' | 'inProgress' | 'error' | 'warning' | 'done';

const filled = (text: string) => text.trim().length > 0;

/** How much of a step is filled: none, some, or all of what it asks for. */
function progress(step: StepId, report: Report): 'none' | 'some' | 'all' {
  const parts = stepParts(step, report);
  const count = parts.filter(Boolean).length;
  return count === 0 ? 'none' : count === parts.length ? 'all' : 'some';
}

function stepParts(step: StepId, report: Report): boolean[] {
  const n = report.narrative;
  switch (step) {
    case 'basics':
      return [filled(report.organ.name), ...Object.values(report.opening).map(filled), !!report.signature.date];
    case 'overview':
      return [filled(n.overview.intro), ...Object.values(n.overview.areas).map((a) => filled(a.text))];
    case 'problems':
      return [filled(n.problems.problems), filled(n.problems.improvements)];
    case 'other':
      // Only the fees answer is required; the other parts may truly have nothing to report.
      return [n.other.fees.charged !== null || filled(n.other.fees.text)];
    case 'review':
      return [true];
    default: {
      const table = TABLES.find((t) => t.id === TABLE_OF_STEP[step]);
      return table ? inputCells(table).map((c) => getInput(report.tables, c) !== null) : [];
    }
  }
}

const TABLE_OF_STEP: Partial<Record<StepId, string>> = { proactive: 't2', applications: 't3', litigation: 't4' };

export function stepStatus(step: StepId, report: Report, findings: readonly Finding[]): StepStatus {
  const own = step === 'review' ? findings : findings.filter((f) => f.section === step);
  const level = progress(step, report);
  // Text typed into a cell that is not a figure leaves the draft blank there: the step is not untouched.
  const typedWrong = own.some((f) => f.ruleId === 'table.invalidCount' || f.ruleId === 'table.invalidAmount');
  if (level === 'none' && step !== 'review' && !typedWrong) return 'notStarted';
  // Findings that only say "not finished yet" keep a step 填写中 rather than 有错误.
  if (own.some((f) => f.severity === 'error' && !traitsOf(f).marksIncomplete)) return 'error';
  if (own.some((f) => traitsOf(f).marksIncomplete)) return 'inProgress';
  // A warning names what is missing or doubtful better than 填写中 does.
  if (own.some((f) => f.severity === 'warning')) return 'warning';
  return level === 'some' ? 'inProgress' : 'done';
}
