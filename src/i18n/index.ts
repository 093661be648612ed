/** One i18next setup for the browser and for Node (CLI, tests). */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, NAMESPACES, resources, type Language } from './resources.ts';

export { LANGUAGES, DEFAULT_LANGUAGE, type Language } from './resources.ts';

export function createI18n(lng: Language = DEFAULT_LANGUAGE): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    saveMissing: true,
    // A missing key is a bug: say so loudly instead of showing the raw key quietly.
    missingKeyHandler: (lngs, ns, key) => console.error(`i18n: missing key ${ns}:${key} for ${lngs.join(',')}`),
  });
  return instance;
}

let shared: I18n | undefined;
/** A lazily created instance in Chinese, for Node-side rendering (CLI). */
export function defaultI18n(): I18n {
  return (shared ??= createI18n(DEFAULT_LANGUAGE));
}

export type Translate = TFunction;

export { translate } from './translate.ts';
