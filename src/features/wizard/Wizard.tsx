import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyReport, parseDraft, runRules, type Report } from '../../report/index.ts';
import { AUTOSAVE_KEY } from '../drafts/autosave-key.ts';
import { ExportPanel } from '../export/ExportPanel.tsx';
import { STEPS, type Step, type StepId } from './steps.ts';

function useStepTitle() {
  const { t } = useTranslation();
  return (step: Step) => step.heading ?? t(`sections.${step.id as 'basics' | 'review'}`);
}

/** Placeholder until the wizard lands: the autosaved draft, else a blank report for last year. */
function restoreReport(): Report {
  const saved = localStorage.getItem(AUTOSAVE_KEY);
  const parsed = saved ? parseDraft(saved) : null;
  return parsed?.ok ? parsed.draft.report : emptyReport({ year: new Date().getFullYear() - 1 });
}

export function Wizard() {
  const [current, setCurrent] = useState<StepId>('basics');
  const [report] = useState(restoreReport);
  const findings = useMemo(() => runRules(report), [report]);
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
      <main className="step">
        {step && <h2>{title(step)}</h2>}
        {current === 'review' && <ExportPanel report={report} findings={findings} />}
      </main>
    </div>
  );
}
