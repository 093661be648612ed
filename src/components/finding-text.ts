/** A finding's message in the UI language (re-renders on language change via useTranslation). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { renderFinding, type AnyFinding } from '../report/findings.ts';

export function useFindingText(): (finding: AnyFinding) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  // The same function until the language changes, so callers can memoise the texts they render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((finding) => renderFinding(finding, i18n), [i18n, language]);
}
