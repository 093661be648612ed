/** A finding's message in the UI language (re-renders on language change via useTranslation). */
import { useTranslation } from 'react-i18next';
import { renderFinding, type AnyFinding } from '../report/index.ts';

export function useFindingText(): (finding: AnyFinding) => string {
  const { i18n } = useTranslation();
  return (finding) => renderFinding(finding, i18n);
}
