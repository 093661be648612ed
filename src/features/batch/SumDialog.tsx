/** 汇总所选: a new draft whose tables are the selected units' sums; optionally the parent's own report compared. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { MAX_AGGREGATE_UNITS, cellLabel, tableDef, type Report } from '../../report/index.ts';
import { parentDifferences, sumReports } from '../../report/aggregate/index.ts';
import type { ReviewedReport } from './review.ts';

interface Props {
  units: readonly ReviewedReport[];
  /** Reports in the set that may be the parent's own (the unselected ones). */
  candidates: readonly ReviewedReport[];
  onCreate(report: Report): void;
  onCancel(): void;
}

export function SumDialog({ units, candidates, onCreate, onCancel }: Props) {
  const { t } = useTranslation('batch');
  const [organ, setOrgan] = useState('');
  const [year, setYear] = useState(String(units[0]?.report.year ?? ''));
  const [parent, setParent] = useState('');
  const reports = units.map((u) => u.report);
  const parentRow = candidates.find((c) => c.file === parent);
  const differences = useMemo(() => (parentRow ? parentDifferences(parentRow.report, reports) : []), [parentRow, reports]);
  const validYear = /^\d{4}$/.test(year);
  // The file names tell apart units of one name in the wizard's breakdown of a cell.
  const create = () => onCreate(sumReports(reports, { organ: organ.trim(), year: Number(year), sources: units.map((u) => u.file) }).report);
  return (
    <Dialog
      title={t('sum.title')}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="button" className="primary" disabled={!organ.trim() || !validYear} onClick={create}>
            {t('sum.create')}
          </button>
        </>
      }
    >
      <p>{t('sum.explain', { count: units.length })}</p>
      {units.length > MAX_AGGREGATE_UNITS && <p>{t('sum.tooManyForBreakdown', { max: MAX_AGGREGATE_UNITS })}</p>}
      <label className="field">
        <span>{t('sum.organ')}</span>
        <input value={organ} onChange={(e) => setOrgan(e.target.value)} maxLength={500} />
      </label>
      <label className="field">
        <span>{t('sum.year')}</span>
        <input value={year} inputMode="numeric" onChange={(e) => setYear(e.target.value)} maxLength={4} />
      </label>
      {candidates.length > 0 && (
        <label className="field">
          <span>{t('sum.parent')}</span>
          <select value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">{t('sum.parentNone')}</option>
            {candidates.map((c) => (
              <option key={c.file} value={c.file}>
                {c.report.organ.name || c.file} ({c.report.year})
              </option>
            ))}
          </select>
        </label>
      )}
      {parentRow &&
        (differences.length === 0 ? (
          <p role="status">{t('sum.noDifferences')}</p>
        ) : (
          <table className="batch-differences">
            <caption>{t('sum.differences', { count: differences.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.cells')}</th>
                <th scope="col">{t('sum.parentValue')}</th>
                <th scope="col">{t('sum.sumValue')}</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <tr key={d.cell}>
                  <th scope="row">
                    {tableDef(d.ref.table).number} {cellLabel(tableDef(d.ref.table), d.ref)}
                  </th>
                  <td className="num">{d.parent ?? ''}</td>
                  <td className="num">{d.sum ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </Dialog>
  );
}
