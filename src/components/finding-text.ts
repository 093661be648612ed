/** A finding's message in the UI language (re-renders on language change via useTranslation). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { renderFinding, type AnyFinding } from '../report/findings.ts';

/**
 * Each finding's text, made once: a rule run's findings are shared by every cell, list and step
 * they mark (a broken identity marks a dozen cells), and each rule run in the middle of typing
 * re-rendered them all, translating the same finding each time. A finding never changes; a run
 * makes new ones, and the old ones and their texts go with them.
 */
const texts = new WeakMap<AnyFinding, { i18n: I18n; language: string; text: string }>();

export function useFindingText(): (finding: AnyFinding) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  // The same function until the language changes, so callers can memoise the texts they render.
  return useCallback(
    (finding) => {
      const known = texts.get(finding);
      if (known && known.i18n === i18n && known.language === language) return known.text;
      const text = renderFinding(finding, i18n);
      texts.set(finding, { i18n, language, text });
      return text;
    },
    [i18n, language],
  );
}
