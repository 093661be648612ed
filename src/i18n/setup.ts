/** The i18next options shared by the Node setup (index.ts) and the browser's (browser.ts). */
import i18next, { type i18n as I18n, type Resource } from 'i18next';
import type { Language } from './languages.ts';
import { NAMESPACES } from './resources-zh.ts';

/** An instance with `resources` loaded, ready at once (no asynchronous init). */
export function initI18n(resources: Resource, lng: Language): I18n {
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
