/**
 * The page's first Tab stop: straight to the current step's first field, past the draft bar and
 * the step list (14 Tabs otherwise). Visible only while focused.
 */
import { useTranslation } from 'react-i18next';

const FIELDS = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])';
/** A step loaded on demand may still be arriving: look again for a moment before settling on its heading. */
const TRIES = 40;
const EVERY_MS = 50;

/** The first field the user can see: a table step's hidden file input (从表格导入) is not one. */
function firstField(): HTMLElement | undefined {
  const fields = document.querySelector('main.step .step-body')?.querySelectorAll<HTMLElement>(FIELDS) ?? [];
  return Array.from(fields).find((f) => f.getClientRects().length > 0);
}

function focusFirstField(tries: number): void {
  const field = firstField();
  if (field) {
    field.focus();
    field.scrollIntoView({ block: 'center' });
  } else if (tries > 0) {
    setTimeout(() => focusFirstField(tries - 1), EVERY_MS);
  }
}

export function SkipLink() {
  const { t } = useTranslation('flow');
  return (
    <a
      className="skip-link"
      href="#step-heading"
      onClick={(e) => {
        // Never the anchor's own jump: the address's hash names the wizard's step.
        e.preventDefault();
        document.getElementById('step-heading')?.focus();
        focusFirstField(TRIES);
      }}
    >
      {t('skipToField')}
    </a>
  );
}
