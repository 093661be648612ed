/** The findings of one step, under its fields. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session.ts';
import { useStore } from '../session/store.ts';
import type { StepId } from '../session/steps.ts';
import { FindingList } from './FindingList.tsx';
import type { Finding } from '../report/index.ts';

const NONE: readonly Finding[] = [];

export function SectionFindings({ step }: { step: StepId }) {
  const { t } = useTranslation('wizard');
  const { analysis } = useSession();
  // The section's own list, kept from run to run while it reads the same: no re-render per rule run.
  const own = useStore(analysis, (a) => a.bySection.get(step) ?? NONE);
  if (own.length === 0) return null;
  return (
    <section className="section-findings" aria-labelledby={`findings-${step}`}>
      <h3 id={`findings-${step}`}>{t('review.stepFindings', { count: own.length })}</h3>
      <FindingList findings={own} />
    </section>
  );
}
