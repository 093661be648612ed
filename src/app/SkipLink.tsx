/**
 * The page's first Tab stop: straight to the current step's first field, past the draft bar and
 * the step list (14 Tabs otherwise). Visible only while focused.
 */
import { useTranslation } from 'react-i18next';

const FIELDS = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])';

export function SkipLink() {
  const { t } = useTranslation('flow');
  return (
    <a
      className="skip-link"
      href="#step-heading"
      onClick={(e) => {
        const field = document.querySelector('main.step form')?.querySelector<HTMLElement>(FIELDS);
        if (!field) return;
        e.preventDefault();
        field.focus();
        field.scrollIntoView({ block: 'center' });
      }}
    >
      {t('skipToField')}
    </a>
  );
}
