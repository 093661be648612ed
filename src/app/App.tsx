import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../i18n/index.ts';
import { storedLanguage } from './language.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Wizard } from './Wizard.tsx';
import { SkipLink } from './SkipLink.tsx';

function Shell() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div>
          <h1>{t('appName')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <Wizard />
    </div>
  );
}

const initialLanguage = storedLanguage();
document.documentElement.lang = initialLanguage;

export function App() {
  const i18n = useMemo(() => createI18n(initialLanguage), []);
  return (
    <I18nextProvider i18n={i18n}>
      <Shell />
    </I18nextProvider>
  );
}
