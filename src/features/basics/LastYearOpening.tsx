/**
 * A hand-written opening kept by 开始新一年度的报告 still names last year (编制依据, 统计期限):
 * say so beside it, until the user has changed every mention of last year.
 */
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session.ts';
import { useStore } from '../../session/store.ts';

/** Last year, when the opening still mentions it (“2024年”); otherwise null. */
export function useOpeningFromLastYear(opening: string | null): number | null {
  const lastYear = useStore(useSession().analysis, (a) => a.report.previous?.year ?? null);
  return lastYear !== null && opening?.includes(`${lastYear}年`) ? lastYear : null;
}

export function LastYearOpening({ id, year }: { id: string; year: number }) {
  const { t } = useTranslation('import');
  return (
    <p id={id} className="field-note field-note-warning">
      {t('lastYear.opening', { year })}
    </p>
  );
}
