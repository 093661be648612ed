import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
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

/** The app in `i18n`'s language, whose resources main.tsx has loaded before the first render. */
export function App({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Shell />
    </I18nextProvider>
  );
}
