/** Runs rules over a report and renders their findings. New rule families plug in as more rules. */
import type { i18n as I18n } from 'i18next';
import { translate } from '../../i18n/index.ts';
import type { Report } from '../schema.ts';
import { SECTION_ORDER, sectionOfLocation } from './locations.ts';
import type { Finding, Rule, RuleContext, Severity } from './types.ts';
import { DEFAULT_RULES } from './registry.ts';

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

/** The finding's message in the i18n instance's language. */
export function renderFinding(finding: Finding, i18n: I18n): string {
  const params: Record<string, string | number> = { ...finding.params };
  if (finding.ruleId === 'meta.openingMissing' && typeof params.fields === 'string') {
    const separator = i18n.language === 'en' ? ', ' : '、';
    params.fields = params.fields
      .split(',')
      .map((f) => translate(i18n, `common:openingFields.${f}`))
      .join(separator);
  }
  // Rule ids are keys of the rules namespace (tested for every rule in the registry).
  return translate(i18n, `rules:${finding.ruleId}`, params);
}
