/**
 * 复制到网站编辑器, 下载网页 (.html) and 打印 / 另存为PDF. The web exporter (src/export-html) is loaded
 * on the first click, as the Word builder is: the first screen's script stays small. The print path
 * prints the preview alone (PrintablePreview.tsx).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../report/index.ts';
import { copyRich } from './clipboard.ts';
import { downloadBlob } from './download.ts';
import { exportBlob } from './export-blob.ts';

export interface PublishActionsProps {
  report: Report;
  /** Export as a draft copy (marked （草稿）). */
  draftCopy: boolean;
  /** The report has errors and no draft copy was asked for: nothing may be published. */
  disabled: boolean;
  /** The print preview is on the page: before, 打印 would print the placeholder line. */
  previewDrawn: boolean;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'copied' }
  | { kind: 'copyFailed' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; message: string };

const loadExporter = () => import('../../export-html/index.ts');

export function PublishActions({ report, draftCopy, disabled, previewDrawn }: PublishActionsProps) {
  const { t } = useTranslation('publish');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function run(action: () => Promise<Status>) {
    setStatus({ kind: 'busy' });
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const copyWeb = () =>
    run(async () => {
      const { reportClipboard } = await loadExporter();
      return (await copyRich(reportClipboard(report, { draftCopy }))) ? { kind: 'copied' } : { kind: 'copyFailed' };
    });

  const downloadHtml = () =>
    run(async () => {
      const { htmlFileName } = await loadExporter();
      const file = htmlFileName(report, { draftCopy });
      // Built in the export worker (export-blob.ts): a long report takes seconds to sanitize.
      downloadBlob(await exportBlob({ kind: 'htmlPage', report, options: { draftCopy } }), file);
      return { kind: 'done', file };
    });

  const busy = status.kind === 'busy';
  return (
    <div className="publish">
      <h3>{t('heading')}</h3>
      <div className="export-actions">
        <button type="button" onClick={() => void copyWeb()} disabled={busy || disabled}>
          {t('copyWeb')}
        </button>
        <button type="button" onClick={() => void downloadHtml()} disabled={busy || disabled}>
          {t('downloadHtml')}
        </button>
        <button
          type="button"
          onClick={() => window.print()}
          disabled={!previewDrawn}
          aria-describedby={previewDrawn ? undefined : 'print-waiting'}
        >
          {t('printPdf')}
        </button>
      </div>
      {!previewDrawn && (
        <p id="print-waiting" className="export-hint">
          {t('printWaiting')}
        </p>
      )}
      <p className="export-hint">{t('printHint')}</p>
      <p role="status" className={status.kind === 'copied' ? 'export-status publish-copied' : 'export-status'}>
        {busy && t('working')}
        {status.kind === 'copied' && t('copied')}
        {status.kind === 'copyFailed' && t('copyFailed')}
        {status.kind === 'done' && t('downloaded', { file: status.file })}
        {status.kind === 'failed' && t('failed', { message: status.message })}
      </p>
    </div>
  );
}
