import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/browser.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { rememberLanguage } from './language.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = async (language: Language) => {
    // English is fetched on first use; the page stays in the old language until it is there (and
    // in it, with the list showing it, if the server can no longer be reached).
    try {
      await switchLanguage(i18n, language);
    } catch (error) {
      console.error('i18n: could not switch language', error);
      return;
    }
    document.documentElement.lang = language;
    rememberLanguage(language);
  };
  return (
    <label className="language-switch">
      <span>{t('language')}</span>
      <select value={i18n.language} onChange={(e) => void change(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
