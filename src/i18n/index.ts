/** The i18next setup for Node (CLI, tests): both languages, synchronous. The browser uses browser.ts. */
import type { i18n as I18n, TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, type Language } from './languages.ts';
import { resources } from './resources.ts';
import { initI18n } from './setup.ts';

export { LANGUAGES, DEFAULT_LANGUAGE, type Language } from './languages.ts';

export function createI18n(lng: Language = DEFAULT_LANGUAGE): I18n {
  return initI18n(resources, lng);
}

let shared: I18n | undefined;
/** A lazily created instance in Chinese, for Node-side rendering (CLI). */
export function defaultI18n(): I18n {
  return (shared ??= createI18n(DEFAULT_LANGUAGE));
}

export type Translate = TFunction;

export { translate } from './translate.ts';
