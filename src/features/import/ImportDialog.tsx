/**
 * 导入往年报告: paste the published report (the clipboard's HTML keeps its tables) or choose /
 * drop a file; see what was found; then open it or start next year's report from it. The
 * importer is loaded only when used (it brings the .docx reader). A refused or failed import
 * shows why and changes nothing.
 */
import { useCallback, useEffect, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportInput, ImportResult } from '../../import/index.ts';
import type { Finding, Report } from '../../report/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ACCEPTED_FILES, clipboardInput, fileInput } from './import-input.ts';
import { ImportSummary } from './ImportSummary.tsx';
import { shownPaste } from './paste-view.ts';
import './import.css';

import { loadImporter, type Imported, type Importer } from './importer.ts';
import { readImport } from './read-import.ts';

type Phase =
  | { kind: 'input'; error: string | null }
  | { kind: 'busy' }
  | { kind: 'result'; result: Imported; importer: Importer; checks: Finding[] | null };

export interface ImportDialogProps {
  /** The current draft has work not saved to a file: say that it will be replaced. */
  dirty: boolean;
  /** A report file dropped on the page: read at once. */
  file?: File | null;
  onClose(): void;
  onOpen(report: Report): void;
  onStartNext(report: Report): void;
}

export function ImportDialog({ dirty, file, onClose, onOpen, onStartNext }: ImportDialogProps) {
  const { t, i18n } = useTranslation('import');
  const [phase, setPhase] = useState<Phase>(file ? { kind: 'busy' } : { kind: 'input', error: null });
  const [text, setText] = useState('');
  // What was pasted, read again by 导入 while the text area still shows it: the clipboard's HTML,
  // or a paste too long to show whole (`shown` is the part the text area holds).
  const [pasted, setPasted] = useState<{ input: ImportInput; shown: string; total: number } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (phase.kind === 'result') resultHeading.current?.focus();
  }, [phase.kind]);

  const run = useCallback(
    async (input: ImportInput | null) => {
      setPhase({ kind: 'busy' });
      try {
        // The reading itself runs in the import worker; this thread only shows what it found.
        const [importer, read] = await Promise.all([loadImporter(), input ? readImport(input) : null]);
        const result: ImportResult = read ? read.result : { ok: false, error: 'unsupportedFile' };
        setPhase(
          result.ok
            ? { kind: 'result', result, importer, checks: read?.checks ?? null }
            : { kind: 'input', error: importer.renderImportError(result, i18n) },
        );
      } catch (error) {
        setPhase({ kind: 'input', error: t('dialog.unexpected', { message: error instanceof Error ? error.message : String(error) }) });
      }
    },
    [i18n, t],
  );
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const input = clipboardInput(e.clipboardData);
    if (!input) return;
    e.preventDefault();
    const plain = input.kind === 'docx' || input.kind === 'pdf' ? '' : (input.text ?? '');
    const shown = shownPaste(plain);
    setPasted(input.kind === 'html' || shown !== plain ? { input, shown, total: plain.length } : null);
    setText(shown);
    void run(input);
  };
  const readText = () => {
    void run(pasted && pasted.shown === text ? pasted.input : { kind: 'text', text });
  };
  const shortened = pasted && pasted.shown === text && pasted.total > text.length ? pasted.total : null;
  const readFile = async (chosen: File | null | undefined) => {
    if (chosen) await run(await fileInput(chosen));
  };
  useEffect(() => {
    // The file the dialog was opened with (dropped on the page); later files come through its controls.
    if (!file) return;
    let live = true;
    void fileInput(file).then((input) => {
      if (live) void run(input);
    });
    return () => {
      live = false;
    };
  }, [file, run]);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    // Handled here: the page-wide drop opens draft files, not reports.
    e.preventDefault();
    e.stopPropagation();
    void readFile(e.dataTransfer.files[0]);
  };

  if (phase.kind === 'result') {
    const { report } = phase.result;
    return (
      <Dialog
        className="import-dialog"
        title={t('dialog.resultTitle')}
        onCancel={onClose}
        actions={
          <>
            <button type="button" onClick={onClose}>
              {t('dialog.cancel')}
            </button>
            <button type="button" onClick={() => setPhase({ kind: 'input', error: null })}>
              {t('dialog.back')}
            </button>
            <button type="button" aria-describedby="import-open-hint" onClick={() => onOpen(report)}>
              {t('dialog.openAsDraft', { year: report.year })}
            </button>
            <button type="button" className="primary" aria-describedby="import-next-hint" onClick={() => onStartNext(report)}>
              {t('dialog.startNext', { year: report.year + 1 })}
            </button>
          </>
        }
      >
        <h3 ref={resultHeading} tabIndex={-1}>
          {t('dialog.found')}
        </h3>
        <ImportSummary result={phase.result} importer={phase.importer} checks={phase.checks} />
        <dl className="import-choices">
          <dt>{t('dialog.openAsDraft', { year: report.year })}</dt>
          <dd id="import-open-hint">{t('dialog.openAsDraftHint')}</dd>
          <dt>{t('dialog.startNext', { year: report.year + 1 })}</dt>
          <dd id="import-next-hint">{t('dialog.startNextHint', { year: report.year + 1 })}</dd>
        </dl>
        {dirty && <p className="warning-text">{t('dialog.replaceWarning')}</p>}
      </Dialog>
    );
  }

  const busy = phase.kind === 'busy';
  return (
    <Dialog
      className="import-dialog"
      title={t('dialog.title')}
      onCancel={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="button" className="primary" disabled={busy || !text.trim()} onClick={readText}>
            {t('dialog.import')}
          </button>
        </>
      }
    >
      <p id="import-intro">{t('dialog.intro')}</p>
      <div className="import-drop" onDragOver={(e) => (e.preventDefault(), e.stopPropagation())} onDrop={onDrop}>
        <label htmlFor="import-text">{t('dialog.pasteLabel')}</label>
        <textarea
          id="import-text"
          rows={8}
          value={text}
          placeholder={t('dialog.pastePlaceholder')}
          aria-describedby="import-intro"
          onPaste={onPaste}
          onChange={(e) => setText(e.target.value)}
        />
        {shortened !== null && <p className="hint">{t('dialog.pasteShortened', { total: shortened })}</p>}
        <div className="import-file">
          <button type="button" disabled={busy} onClick={() => fileRef.current?.click()} aria-describedby="import-file-hint">
            {t('dialog.chooseFile')}
          </button>
          <span id="import-file-hint" className="hint">
            {t('dialog.fileHint')}
          </span>
          <input
            ref={fileRef}
            type="file"
            accept={ACCEPTED_FILES}
            hidden
            data-testid="import-file-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              void readFile(file);
            }}
          />
        </div>
      </div>
      <p role="status" className="import-busy">
        {busy ? t('dialog.working') : ''}
      </p>
      {phase.kind === 'input' && phase.error && (
        <div role="alert" className="import-error">
          <p className="error-text">{phase.error}</p>
          <p>{t('dialog.nothingChanged')}</p>
        </div>
      )}
    </Dialog>
  );
}
