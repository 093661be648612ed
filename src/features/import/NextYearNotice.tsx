/** After starting from last year's report: what was carried over and what to update. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session.ts';
import { useStore } from '../../session/store.ts';
import { nextYearNotice } from './next-year-notice.ts';

export function NextYearNotice() {
  const { t } = useTranslation('import');
  const notice = useStore(nextYearNotice);
  // Shown only while the draft is the one that was started (新建 or 打开 replace it).
  const previousYear = useStore(useSession().analysis, (a) => a.report.previous?.year ?? null);
  if (!notice || previousYear !== notice.year) return null;
  return (
    <div className="next-year-notice" role="status">
      <p>{t('nextYear.started', notice)}</p>
      <button type="button" onClick={() => nextYearNotice.set(null)}>
        {t('nextYear.dismiss')}
      </button>
    </div>
  );
}
