import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS, type Step, type StepId } from './steps.ts';

function useStepTitle() {
  const { t } = useTranslation();
  return (step: Step) => step.heading ?? t(`sections.${step.id as 'basics' | 'review'}`);
}

export function Wizard() {
  const [current, setCurrent] = useState<StepId>('basics');
  const title = useStepTitle();
  const step = STEPS.find((s) => s.id === current) ?? STEPS[0];
  return (
    <div className="wizard">
      <nav className="steps">
        <ol>
          {STEPS.map((s) => (
            <li key={s.id}>
              <button type="button" aria-current={s.id === current ? 'step' : undefined} onClick={() => setCurrent(s.id)}>
                {title(s)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <main className="step">{step && <h2>{title(step)}</h2>}</main>
    </div>
  );
}
