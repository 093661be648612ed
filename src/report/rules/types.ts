/** The rule engine's vocabulary: pure rules over a report that return findings. */
import type { SectionId } from '../definition/index.ts';
import type { Report } from '../schema.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: a wizard step. */
export type FindingSection = SectionId | 'basics';

export interface Finding {
  /** Also the i18n key of the message (namespace `rules`). */
  ruleId: string;
  severity: Severity;
  /** Table cell ids (`t3.newReceived.natural`) or form field paths (`narrative.problems.problems`). */
  cells: string[];
  section?: FindingSection;
  params: Record<string, string | number>;
}

export interface RuleContext {
  /** Today as YYYY-MM-DD; injected so rules stay pure and testable. */
  today: string;
}

export interface Rule {
  id: string;
  /** The finding ids (= message keys) this rule can produce; each must exist in both locales. */
  produces: readonly string[];
  check(report: Report, context: RuleContext): Finding[];
}
