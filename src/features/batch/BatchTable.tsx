/** The review table: one row per file, sortable headers, a row's findings on demand, rows to select for 汇总. */
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingList } from '../../components/FindingList.tsx';
import { countsOf, type ReviewRow } from './review.ts';
import { COLUMNS, valueIn, type ColumnId, type View } from './table-model.ts';
import { problemText } from './problem-text.ts';

interface Props {
  rows: readonly ReviewRow[];
  view: View;
  onSort(column: ColumnId): void;
  selected: ReadonlySet<string>;
  onSelect(file: string, on: boolean): void;
  onOpen(row: Extract<ReviewRow, { ok: true }>): void;
}

const NUMERIC = new Set<ColumnId>(['year', 'cells', 'errors', 'warnings', 'totals', 'prose', 'stale', 'similarity']);

export function BatchTable({ rows, view, onSort, selected, onSelect, onOpen }: Props) {
  const { t, i18n } = useTranslation('batch');
  const [open, setOpen] = useState<string | null>(null);
  const cell = (row: ReviewRow, column: ColumnId): string => {
    if (!row.ok) return '';
    if (column === 'cells') return row.cells ? `${row.cells.read}/${row.cells.expected}` : '';
    if (column === 'format') return row.format === 'draft' ? t('formatDraft') : row.format;
    if (column === 'kind') return i18n.t(`common:organKinds.${row.report.organ.kind}`);
    if (column === 'similarity') return countsOf(row).similarity === null ? '' : `${countsOf(row).similarity}%`;
    const value = valueIn(row, column);
    return value === null ? '' : String(value);
  };
  return (
    <table className="batch-table">
      <thead>
        <tr>
          <th scope="col">{t('columns.select')}</th>
          {COLUMNS.map((column) => (
            <th
              key={column}
              scope="col"
              aria-sort={view.sort.column === column ? (view.sort.descending ? 'descending' : 'ascending') : undefined}
            >
              <button type="button" className="link" onClick={() => onSort(column)} title={t('sortBy', { column: t(`columns.${column}`) })}>
                {t(`columns.${column}`)}
                {view.sort.column === column ? (view.sort.descending ? ' ▼' : ' ▲') : ''}
              </button>
            </th>
          ))}
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const counts = row.ok ? countsOf(row) : null;
          const status = !row.ok || (counts && counts.errors > 0) ? 'error' : counts && counts.warnings > 0 ? 'warning' : 'ok';
          return (
            <Fragment key={row.file}>
              <tr className={`batch-row batch-${status}`} data-file={row.file}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('columns.select')} ${row.file}`}
                    disabled={!row.ok}
                    checked={selected.has(row.file)}
                    onChange={(e) => onSelect(row.file, e.target.checked)}
                  />
                </td>
                {COLUMNS.map((column) =>
                  column === 'file' ? (
                    <th key={column} scope="row">
                      {row.file}
                      {!row.ok && <div className="batch-problem">{t('unreadable', { reason: problemText(row.problem, i18n) })}</div>}
                    </th>
                  ) : (
                    <td key={column} className={NUMERIC.has(column) ? 'num' : undefined}>
                      {cell(row, column)}
                    </td>
                  ),
                )}
                <td className="batch-actions">
                  {row.ok && (
                    <>
                      <button type="button" aria-expanded={open === row.file} onClick={() => setOpen(open === row.file ? null : row.file)}>
                        {open === row.file ? t('hideDetails') : t('details')}
                      </button>
                      <button type="button" onClick={() => onOpen(row)}>
                        {t('openInWizard')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
              {row.ok && open === row.file && (
                <tr className="batch-details">
                  <td colSpan={COLUMNS.length + 2}>
                    {[...row.importFindings, ...row.findings, ...row.crossYear].length === 0 ? (
                      <p>{t('noFindings')}</p>
                    ) : (
                      <FindingList findings={[...row.importFindings, ...row.findings, ...row.crossYear]} jump={false} label={row.file} />
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
