/** The UI language: Chinese by default, the user's choice remembered in this browser. */
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../i18n/languages.ts';

const KEY = 'nianbao.language';

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(KEY);
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this visit only.
  }
}
