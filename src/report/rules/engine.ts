/** Runs rules over a report and answers what its findings mean. New rule families plug in as more rules. */
import type { Report } from '../schema.ts';
import { isRuleFinding, type AnyFinding, type RuleFindingId } from '../findings.ts';
import { SECTION_ORDER, sectionOfLocation } from './locations.ts';
import { ADVISORY, type Finding, type Rule, type RuleContext, type RuleTraits, type Severity } from './types.ts';
import { DEFAULT_RULES } from './registry.ts';

export { renderFinding } from '../findings.ts';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function runRules(report: Report, context: RuleContext = { today: todayIso() }, rules: readonly Rule[] = DEFAULT_RULES): Finding[] {
  const findings = rules.flatMap((rule) =>
    rule.check(report, context).map((f) => ({ ...f, section: f.section ?? sectionOfLocation(f.cells[0] ?? '') })),
  );
  return findings.sort(
    (a, b) =>
      SECTION_ORDER.indexOf(a.section) - SECTION_ORDER.indexOf(b.section) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** An import's notes describe the source, not the draft: they mark nothing and block nothing. */
const IMPORT_NOTE: RuleTraits = { blocksFinal: false, marksIncomplete: false, marksCells: false };

let traitsById: ReadonlyMap<RuleFindingId, RuleTraits> | undefined;

/** The traits of the rule that produces a finding (found by its id in the registry). */
export function traitsOf(finding: AnyFinding): RuleTraits {
  if (!isRuleFinding(finding)) return IMPORT_NOTE;
  traitsById ??= new Map(DEFAULT_RULES.flatMap((rule) => rule.produces.map((id) => [id, rule.traits] as const)));
  return traitsById.get(finding.ruleId) ?? ADVISORY;
}

/** Whether the findings refuse the final export. */
export function blocksFinal(findings: readonly AnyFinding[]): boolean {
  return findings.some((f) => traitsOf(f).blocksFinal);
}

/** The findings that mark the cells and fields they name (not those that only count them). */
export function marking<F extends AnyFinding>(findings: readonly F[]): F[] {
  return findings.filter((f) => traitsOf(f).marksCells);
}
