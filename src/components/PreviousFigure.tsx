/**
 * “上年 156” under a table cell: referenced by the cell's aria-describedby, never part of its name.
 * `carried`: the figure is last year's 结转下年度, shown against this year's 上年结转.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellValue } from '../report/index.ts';
import './components.css';

// Memo: the cell above it re-renders when its total or findings change; this figure does not.
export const PreviousFigure = memo(function PreviousFigure({
  id,
  value,
  carried = false,
}: {
  id: string;
  value: CellValue;
  carried?: boolean;
}) {
  const { t } = useTranslation(['import', 'tables']);
  if (value === null) return null;
  return (
    <span id={id} className="prev-figure">
      {carried ? t('tables:previous.carried', { value }) : t('import:previous.figure', { value })}
    </span>
  );
});
