/** A finding's message in the UI language (re-renders on language change via useTranslation). */
import { useTranslation } from 'react-i18next';
import { renderFinding, type Finding } from '../report/index.ts';

export function useFindingText(): (finding: Finding) => string {
  const { i18n } = useTranslation();
  return (finding) => renderFinding(finding, i18n);
}

/** Findings that mark a field as wrong (blank cells are counted per table, not marked one by one). */
export function marking(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId !== 'table.blank');
}
