/**
 * How much of a step the user has filled (none, some, all of what it asks for). A step with
 * nothing in it is 未开始: its findings wait (nothing is red on a blank report), see analysis.ts.
 */
import { TABLES } from '../report/definition/index.ts';
import { getInput } from '../report/tables.ts';
import { inputCells } from '../report/cells.ts';
import type { Report } from '../report/schema.ts';
import { STEPS, type StepId } from './steps.ts';

const filled = (text: string) => text.trim().length > 0;

/** How much of a step is filled: none, some, or all of what it asks for. */
export function stepProgress(step: StepId, report: Report): 'none' | 'some' | 'all' {
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

/** The steps with nothing filled in yet (the review step is never one). */
export function untouchedSteps(report: Report): Set<string> {
  return new Set(STEPS.filter((s) => s.id !== 'review' && stepProgress(s.id, report) === 'none').map((s) => s.id));
}

/** Nothing typed in any step: replacing it loses nothing, so nobody is asked. */
export function isBlankReport(report: Report): boolean {
  return untouchedSteps(report).size === STEPS.length - 1;
}
