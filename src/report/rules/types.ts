/** The rule engine's vocabulary: pure rules over a report that return findings. */
import type { Report } from '../schema.ts';
import type { Finding, RuleFindingId } from '../findings.ts';

export type { Finding, FindingParam, FindingParams, FindingSection, RuleFindingId, Severity } from '../findings.ts';

export interface RuleContext {
  /** Today as YYYY-MM-DD; injected so rules stay pure and testable. */
  today: string;
}

/** What a rule's findings mean to the app beyond their message; looked up by finding id (`traitsOf`). */
export interface RuleTraits {
  /** Its findings refuse the final export (only a 草稿 copy can be made). */
  blocksFinal: boolean;
  /** Its findings only say "not finished yet": the step shows 填写中 rather than 有错误. */
  marksIncomplete: boolean;
  /** Its findings mark each cell or field they name (false: they count cells, e.g. blanks per table). */
  marksCells: boolean;
}

/** A warning or note: it marks what it names and blocks nothing. */
export const ADVISORY: RuleTraits = { blocksFinal: false, marksIncomplete: false, marksCells: true };
/** An error in what was entered: marked, and the final export waits until it is fixed. */
export const BLOCKING: RuleTraits = { blocksFinal: true, marksIncomplete: false, marksCells: true };

export interface Rule {
  id: string;
  /** The finding ids (= message keys) this rule can produce; each belongs to one rule only (tested). */
  produces: readonly RuleFindingId[];
  traits: RuleTraits;
  check(report: Report, context: RuleContext): Finding[];
}
