/** “沿用上年内容，请更新” on a narrative text area while it holds exactly last year's text. */
import { useTranslation } from 'react-i18next';
import './components.css';

export function LastYearBadge({ id }: { id: string }) {
  const { t } = useTranslation('import');
  return (
    <span id={id} className="last-year-badge">
      {t('lastYear.badge')}
    </span>
  );
}
