/** 说明 beside a step's heading: what the official form asks for here, in plain words, and an example. */
import { useTranslation } from 'react-i18next';
import type { StepId } from '../session/steps.ts';

export function StepHelp({ step }: { step: StepId }) {
  const { t } = useTranslation('flow');
  return (
    <details className="step-help">
      <summary aria-label={t('help.summaryLabel')}>{t('help.summary')}</summary>
      <div className="step-help-body">
        <p>{t(`help.${step}.asks`)}</p>
        <p className="step-help-example">
          {t('help.example')}
          {t(`help.${step}.example`)}
        </p>
      </div>
    </details>
  );
}
