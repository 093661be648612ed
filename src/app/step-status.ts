/**
 * Each step's status in the step list (未开始 / 填写中 / 有错误 / 有提示 / 已完成), derived from the
 * report and the rule engine's findings. Pure: no React.
 */
import { traitsOf } from '../report/rules/engine.ts';
import type { Finding } from '../report/findings.ts';
import type { Report } from '../report/schema.ts';
import { stepProgress as progress } from '../session/step-progress.ts';
import type { StepId } from '../session/steps.ts';

export type StepStatus = 'notStarted' | 'inProgress' | 'error' | 'warning' | 'done';

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
