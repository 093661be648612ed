/** The always-visible step list; each step's status badge describes (not names) its button. */
import { useTranslation } from 'react-i18next';
import { useSession, type Analysis } from '../session/session.ts';
import { stepStatus, type StepStatus } from './step-status.ts';
import { useStepTitle } from '../session/step-title.ts';
import { useStore } from '../session/store.ts';
import { STEPS, type StepId } from '../session/steps.ts';

const statusCache = new WeakMap<Analysis, string>();
/**
 * Every step's status as one string: a primitive, so the list re-renders only when a status
 * changes, not on every rule run. Cached per analysis, since the store reads it on every render.
 */
function statusesOf(analysis: Analysis): string {
  let statuses = statusCache.get(analysis);
  if (statuses === undefined) {
    statuses = STEPS.map((s) => stepStatus(s.id, analysis.report, analysis.findings)).join(' ');
    statusCache.set(analysis, statuses);
  }
  return statuses;
}

export function StepList({ current, onSelect }: { current: StepId; onSelect(step: StepId): void }) {
  const { t } = useTranslation('wizard');
  const { analysis } = useSession();
  const statuses = useStore(analysis, statusesOf).split(' ') as StepStatus[];
  const title = useStepTitle();
  return (
    <nav className="steps" aria-label={t('steps.label')}>
      <ol>
        {STEPS.map((s, i) => {
          const status = statuses[i] ?? 'notStarted';
          return (
            <li key={s.id} className={`step-item status-${status}`}>
              <button
                type="button"
                aria-current={s.id === current ? 'step' : undefined}
                aria-describedby={`status-${s.id}`}
                onClick={() => onSelect(s.id)}
              >
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
