/**
 * The 检查与导出 step's export area: 导出Word (the docx library is loaded only now, as a separate
 * chunk), the draft-copy choice when the report has errors, and the HTML print preview. Contract
 * with the wizard: it is rendered with the current report and its findings. Publishing (web copy,
 * web page, print / PDF) sits below it (PublishActions.tsx).
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { blocksFinal, findingId, renderFinding, traitsOf, type Finding, type Report } from '../../report/index.ts';
import { buildReportModel } from '../../render/model.ts';
import { fontScheme } from '../../render/fonts.ts';
import { exportFileName } from '../../export-docx/file-name.ts';
import { FontSchemeChoice, useFontScheme } from './FontSchemeChoice.tsx';
import { PrintablePreview } from './PrintablePreview.tsx';
import { PublishActions } from './PublishActions.tsx';
import { exportBlob } from './export-blob.ts';
import { downloadBlob } from './download.ts';
import { XlsxExportButton } from './XlsxExportButton.tsx';
import './export.css';

export interface ExportPanelProps {
  report: Report;
  findings: readonly Finding[];
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

export function ExportPanel({ report, findings }: ExportPanelProps) {
  const { t, i18n } = useTranslation('export');
  const [draftCopy, setDraftCopy] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const blocked = blocksFinal(findings);
  const errors = findings.filter((f) => traitsOf(f).blocksFinal);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const asDraft = blocked && draftCopy;
  // The form's value, not `report` (the findings' copy, a moment behind): the preview follows a click at once.
  const fonts = useFontScheme();
  // The preview is built and drawn after the step is on screen, as a background render React splits
  // into short tasks: a 4 MB draft of 800 000 lines is 8 000 paragraphs, and building and drawing them
  // with the step froze the page for a third of a second (issue 10).
  const previewOf = useMemo(() => ({ report, draftCopy: asDraft, fonts }), [report, asDraft, fonts]);
  const deferred = useDeferredValue(previewOf, null);
  // The browser's print (Ctrl+P) before the background render is done draws the preview at once:
  // it printed the placeholder line. 打印 itself waits for the preview (PublishActions).
  const [printedEarly, setPrintedEarly] = useState<typeof previewOf | null>(null);
  const shown = deferred ?? printedEarly;
  useEffect(() => {
    if (shown) return;
    const drawNow = () => flushSync(() => setPrintedEarly(previewOf));
    window.addEventListener('beforeprint', drawNow);
    return () => window.removeEventListener('beforeprint', drawNow);
  }, [shown, previewOf]);
  const model = useMemo(() => shown && buildReportModel(shown.report, { draftCopy: shown.draftCopy, fonts: shown.fonts }), [shown]);

  async function exportWord() {
    setStatus({ kind: 'busy' });
    try {
      // Built in the export worker (export-blob.ts): a long report takes the docx library seconds.
      const file = exportFileName(report, { draftCopy: asDraft });
      downloadBlob(await exportBlob({ kind: 'docx', report, options: { draftCopy: asDraft, fonts } }), file);
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section className="export-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('heading')}</h3>
      {blocked ? (
        <div className="export-errors" role="alert">
          <p>{t('errorsTitle', { count: errors.length })}</p>
          <ul>
            {errors.map((f, i) => (
              <li key={`${findingId(f)}-${i}`}>{renderFinding(f, i18n)}</li>
            ))}
          </ul>
          <label className="export-draft-choice">
            <input type="checkbox" checked={draftCopy} onChange={(e) => setDraftCopy(e.target.checked)} />
            {t('draftChoice')}
          </label>
        </div>
      ) : (
        <p className="export-clean">{t('clean')}</p>
      )}
      {warnings > 0 && <p className="export-warnings">{t('warnings', { count: warnings })}</p>}
      <FontSchemeChoice />
      <div className="export-actions">
        <button
          type="button"
          className="primary"
          onClick={() => void exportWord()}
          disabled={status.kind === 'busy' || (blocked && !draftCopy)}
        >
          {t('exportWord')}
        </button>
        <XlsxExportButton report={report} />
      </div>
      {blocked && !draftCopy && <p className="export-hint">{t('draftNeeded')}</p>}
      <p role="status" className="export-status">
        {status.kind === 'busy' && t('exporting')}
        {status.kind === 'done' && t('exported', { file: status.file })}
        {status.kind === 'failed' && t('failed', { message: status.message })}
      </p>
      <PublishActions report={report} draftCopy={asDraft} disabled={blocked && !draftCopy} previewDrawn={model !== null} />
      <h3>{t('previewHeading')}</h3>
      <p className="export-hint">{t('previewNote')}</p>
      {model ? (
        <PrintablePreview model={model} draft={asDraft} fonts={fontScheme(fonts)} label={t('previewLabel')} />
      ) : (
        <p className="export-hint">{t('previewPending')}</p>
      )}
    </section>
  );
}
