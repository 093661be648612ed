/**
 * 导出表格 (.xlsx): tables 二–四 as a workbook for a superior. The exporter and exceljs are loaded on
 * the first click only (their own chunk). Not refused when the report has errors: the tables are a
 * working file, and their totals are formulas that recompute when a figure is corrected.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../report/index.ts';
import { downloadBlob } from './download.ts';
import { exportBlob } from './export-blob.ts';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

export function XlsxExportButton({ report }: { report: Report }) {
  const { t } = useTranslation(['spreadsheet', 'export']);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  async function exportXlsx() {
    setStatus({ kind: 'busy' });
    try {
      const { xlsxFileName } = await import('../../export-xlsx/file-name.ts');
      const file = xlsxFileName(report);
      // Built in the export worker (export-blob.ts): exceljs takes a long moment to load.
      downloadBlob(await exportBlob({ kind: 'xlsx', report, options: {} }), file);
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <>
      <button type="button" onClick={() => void exportXlsx()} disabled={status.kind === 'busy'} title={t('spreadsheet:exportXlsxNote')}>
        {t('spreadsheet:exportXlsx')}
      </button>
      <span role="status" className="export-status">
        {status.kind === 'busy' && t('spreadsheet:exportingXlsx')}
        {status.kind === 'done' && t('export:exported', { file: status.file })}
        {status.kind === 'failed' && t('export:failed', { message: status.message })}
      </span>
    </>
  );
}
