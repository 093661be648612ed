/** 检查与导出: every finding with a jump link, then the export panel the shell passes in. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { blocksFinal, type Finding, type Report } from '../../report/index.ts';
import { useSession } from '../../session/session.ts';
import { useStore } from '../../session/store.ts';
import { STEPS } from '../../session/steps.ts';
import { useStepTitle } from '../../session/step-title.ts';
import { FindingList } from '../../components/FindingList.tsx';

export function ReviewStep({ exportPanel }: { exportPanel(report: Report, findings: readonly Finding[]): ReactNode }) {
  const { t } = useTranslation('wizard');
  const { analysis } = useSession();
  const { report, findings, pending } = useStore(analysis);
  const title = useStepTitle();
  const errors = findings.filter((f) => f.severity === 'error').length;
  // A large stored draft just reloaded here is checked in the background: no "no problems" and no
  // export before its findings are in.
  if (pending)
    return (
      <p className="summary" role="status">
        {t('review.checking')}
      </p>
    );
  return (
    <>
      <p className={`summary ${blocksFinal(findings) ? 'summary-bad' : 'summary-ok'}`} role="status">
        {findings.length === 0
          ? t('review.none')
          : t('review.summary', {
              errors: t('review.errorCount', { count: errors }),
              warnings: t('review.warningCount', { count: findings.length - errors }),
            })}
      </p>
      {STEPS.filter((s) => findings.some((f) => f.section === s.id)).map((s) => (
        <section key={s.id} className="review-group" aria-labelledby={`review-${s.id}`}>
          <h3 id={`review-${s.id}`}>{title(s)}</h3>
          <FindingList findings={findings.filter((f) => f.section === s.id)} />
        </section>
      ))}
      {exportPanel(report, findings)}
    </>
  );
}
