/**
 * The browser's i18next: the Chinese resources are in the first-screen bundle, the English ones
 * are fetched (a chunk of the same build, so offline too) only when English is stored or chosen.
 */
import type { i18n as I18n } from 'i18next';
import { DEFAULT_LANGUAGE, type Language } from './languages.ts';
import { NAMESPACES, zhCN } from './resources-zh.ts';
import { initI18n } from './setup.ts';

const loadEnglish = () => import('./resources-en.ts').then((m) => m.en);

/**
 * An instance in `lng`, its resources loaded before it resolves, so the first render is already in
 * that language. If the English chunk cannot be loaded, the app opens in Chinese rather than not at all.
 */
export async function createBrowserI18n(lng: Language): Promise<I18n> {
  if (lng === DEFAULT_LANGUAGE) return initI18n({ [DEFAULT_LANGUAGE]: zhCN }, lng);
  try {
    return initI18n({ [DEFAULT_LANGUAGE]: zhCN, [lng]: await loadEnglish() }, lng);
  } catch (error) {
    console.error('i18n: could not load the English resources', error);
    return initI18n({ [DEFAULT_LANGUAGE]: zhCN }, DEFAULT_LANGUAGE);
  }
}

/** Switches to `lng`, loading its resources first if this instance does not have them yet. */
export async function switchLanguage(i18n: I18n, lng: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lng, 'common')) {
    const locale = await loadEnglish();
    for (const ns of NAMESPACES) i18n.addResourceBundle(lng, ns, locale[ns]);
  }
  await i18n.changeLanguage(lng);
}
