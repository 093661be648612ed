/** “上年 156” under a table cell: referenced by the cell's aria-describedby, never part of its name. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellValue } from '../report/index.ts';
import './components.css';

// Memo: the cell above it re-renders when its total or findings change; this figure does not.
export const PreviousFigure = memo(function PreviousFigure({ id, value }: { id: string; value: CellValue }) {
  const { t } = useTranslation('import');
  if (value === null) return null;
  return (
    <span id={id} className="prev-figure">
      {t('previous.figure', { value })}
    </span>
  );
});
