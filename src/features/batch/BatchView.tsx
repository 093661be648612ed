/**
 * 批量检查: the county office opens many reports (files or a whole folder), reads and checks them in
 * a worker, and sees one row per report; from here a report opens in the wizard, selected units are
 * added up (汇总), and the review is saved as CSV or .xlsx.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob } from '../../components/download.ts';
import type { Report } from '../../report/index.ts';
import { BatchTable } from './BatchTable.tsx';
import { reviewCsv, reviewXlsx } from './review-export.ts';
import type { ReviewedReport } from './review.ts';
import { SumDialog } from './SumDialog.tsx';
import { visibleRows, type ColumnId, type View } from './table-model.ts';
import { useBatchRun } from './use-batch-run.ts';
import './batch.css';

const ACCEPT = '.json,.docx,.html,.htm,.txt,.md';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function BatchView({ onOpen }: { onOpen(report: Report): void }) {
  const { t, i18n } = useTranslation('batch');
  const { run, start, cancel } = useBatchRun();
  const [view, setView] = useState<View>({ sort: { column: 'file', descending: false }, filter: '', onlyProblems: false });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [summing, setSumming] = useState(false);
  const rows = visibleRows(run.rows, view);
  const reviewed = run.rows.filter((r): r is ReviewedReport => r.ok);
  const units = reviewed.filter((r) => selected.has(r.file));

  const choose = (list: FileList | null) => {
    const files = Array.from(list ?? []).filter((f) => /\.(json|docx|html?|txt|md)$/i.test(f.name));
    setSelected(new Set());
    start(files);
  };
  const sort = (column: ColumnId) =>
    setView((v) => ({ ...v, sort: { column, descending: v.sort.column === column ? !v.sort.descending : false } }));
  const select = (file: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(file);
      else next.delete(file);
      return next;
    });
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <main className="batch" aria-labelledby="batch-title">
      <h2 id="batch-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <div className="batch-toolbar">
        <label className="button">
          {t('chooseFiles')}
          <input type="file" multiple accept={ACCEPT} className="visually-hidden" onChange={(e) => choose(e.target.files)} />
        </label>
        <label className="button">
          {t('chooseFolder')}
          <input
            type="file"
            multiple
            className="visually-hidden"
            data-testid="batch-folder"
            // Chromium's folder picker; React passes the attribute through as written.
            {...{ webkitdirectory: '' }}
            onChange={(e) => choose(e.target.files)}
          />
        </label>
        {run.total > 0 && (
          <span role="status" className="batch-progress">
            <progress max={run.total} value={run.done} />{' '}
            {run.cancelled ? t('cancelled', { done: run.done }) : t('progress', { done: run.done, total: run.total })}
          </span>
        )}
        {run.running && (
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
        )}
      </div>
      {run.rows.length === 0 ? (
        !run.running && <p>{t('empty')}</p>
      ) : (
        <>
          <div className="batch-toolbar">
            <label>
              {t('filter')} <input type="search" value={view.filter} onChange={(e) => setView({ ...view, filter: e.target.value })} />
            </label>
            <label>
              <input type="checkbox" checked={view.onlyProblems} onChange={(e) => setView({ ...view, onlyProblems: e.target.checked })} />{' '}
              {t('onlyProblems')}
            </label>
            <button type="button" disabled={units.length < 1 || run.running} onClick={() => setSumming(true)}>
              {t('sum.button', { count: units.length })}
            </button>
            <button
              type="button"
              disabled={run.running}
              onClick={() => downloadBlob(new Blob([reviewCsv(run.rows, i18n)], { type: 'text/csv' }), `批量检查-${stamp}.csv`)}
            >
              {t('export.csv')}
            </button>
            <button
              type="button"
              disabled={run.running}
              onClick={() =>
                void reviewXlsx(run.rows, i18n).then((bytes) => downloadBlob(new Blob([bytes], { type: XLSX }), `批量检查-${stamp}.xlsx`))
              }
            >
              {t('export.xlsx')}
            </button>
          </div>
          <div className="batch-scroll">
            <BatchTable rows={rows} view={view} onSort={sort} selected={selected} onSelect={select} onOpen={(row) => onOpen(row.report)} />
          </div>
        </>
      )}
      {summing && (
        <SumDialog
          units={units}
          candidates={reviewed.filter((r) => !selected.has(r.file))}
          onCancel={() => setSumming(false)}
          onCreate={(report) => {
            setSumming(false);
            onOpen(report);
          }}
        />
      )}
    </main>
  );
}
