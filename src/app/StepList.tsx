/** The always-visible step list; each step's status badge describes (not names) its button. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session.ts';
import { stepStatus } from './step-status.ts';
import { useStepTitle } from '../session/step-title.ts';
import { useStore } from '../session/store.ts';
import { STEPS, type StepId } from '../session/steps.ts';

export function StepList({ current, onSelect }: { current: StepId; onSelect(step: StepId): void }) {
  const { t } = useTranslation('wizard');
  const { analysis } = useSession();
  const { report, findings } = useStore(analysis);
  const title = useStepTitle();
  return (
    <nav className="steps" aria-label={t('steps.label')}>
      <ol>
        {STEPS.map((s, i) => {
          const status = stepStatus(s.id, report, findings);
          return (
            <li key={s.id} className={`step-item status-${status}`}>
              <button type="button" aria-current={s.id === current ? 'step' : undefined} aria-describedby={`status-${s.id}`} onClick={() => onSelect(s.id)}>
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                {title(s)}
              </button>
              <span id={`status-${s.id}`} className="status-badge">
                {t(`steps.status.${status}`)}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
