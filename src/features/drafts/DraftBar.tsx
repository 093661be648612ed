/**
 * 新建 / 打开草稿 / 保存草稿 and the autosave indicator. Opening shows what the file is before
 * replacing anything; a bad file shows the parser's specific error and changes nothing.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HiddenFileInput } from '../../components/HiddenFileInput.tsx';
import type { Draft } from '../../report/draft/envelope.ts';
import { renderDraftError } from '../../report/draft/messages.ts';
import { loadDraftCodec } from '../../session/draft-codec.ts';
import { AUTOSAVE_DELAY, AUTOSAVE_MAX_WAIT, useSession } from '../../session/session.ts';
import { useStore } from '../../session/store.ts';
import { ConfirmReplace } from '../../components/ConfirmReplace.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { droppedReport } from '../../session/dropped-report.ts';
import { fileKind } from '../../import/file-extension.ts';
import { downloadDraft } from './draft-file.ts';
import { prepareDraftReader, readDraftFile } from '../../session/draft-reader.ts';
import { newReport } from '../../session/new-report.ts';

type Pending =
  | { kind: 'open'; draft: Draft; name: string }
  | { kind: 'error'; message: string; title?: string; after?: string }
  | { kind: 'new' }
  | null;

// One formatter for the page: toLocaleTimeString builds a new one per call (milliseconds on an old PC).
const TIME = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const time = (d: Date) => TIME.format(d);

function SaveStatus() {
  const { t } = useTranslation('wizard');
  const save = useStore(useSession().save);
  return (
    <p className="save-status" role="status">
      {save.storageFailed
        ? t('drafts.autosaveOff')
        : save.paused
          ? t('drafts.autosavePaused')
          : save.autosavedAt
            ? t('drafts.autosaved', { time: time(save.autosavedAt) })
            : t('drafts.notYetSaved')}
      {save.dirty && <span className="unsaved"> · {t('drafts.unsavedToFile')}</span>}
    </p>
  );
}

/** `importActions`: the import feature's buttons, placed by the shell between 打开 and 保存. */
export function DraftBar({ onReplaced, importActions }: { onReplaced(): void; importActions: ReactNode }) {
  const { t, i18n } = useTranslation('wizard');
  const session = useSession();
  // Primitives only: an autosave's new time re-renders SaveStatus, not the whole bar.
  const dirty = useStore(session.save, (s) => s.dirty);
  const storageFailed = useStore(session.save, (s) => s.storageFailed);
  const paused = useStore(session.save, (s) => s.paused);
  const [pending, setPending] = useState<Pending>(null);
  /** The name of the file 保存草稿 last wrote, said until the draft changes again. */
  const [savedName, setSavedName] = useState<string | null>(null);
  const { t: tf } = useTranslation('flow');
  const fileInput = useRef<HTMLInputElement>(null);

  const open = async (file: File) => {
    const parsed = await readDraftFile(file);
    setPending(
      parsed.ok ? { kind: 'open', draft: parsed.draft, name: file.name } : { kind: 'error', message: renderDraftError(parsed.error, i18n) },
    );
  };

  useEffect(() => {
    // Dropping a draft file anywhere on the page opens it.
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      // A published report (.docx, .txt…) dropped on the page goes to 导入往年报告.
      if (fileKind(file.name)) droppedReport.set(file);
      else void open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  const saveToFile = async () => {
    const { saveableDraft } = await loadDraftCodec();
    session.flush();
    const report = session.analysis.get().report;
    // A file that would not open again is not written: say why, keep everything as it is.
    const saveable = saveableDraft(report);
    if (!saveable.ok)
      return setPending({
        kind: 'error',
        title: t('drafts.saveErrorTitle'),
        message: renderDraftError(saveable.error, i18n),
        after: t('drafts.saveErrorAfter'),
      });
    setSavedName(downloadDraft(report, saveable.text));
    session.markSaved();
  };
  /** Whether there is work not saved to a file, including typing the autosave has not caught up with. */
  const unsaved = () => {
    session.flush();
    return session.save.get().dirty;
  };
  const startNew = () => {
    session.replace(newReport(), 'new', 'newReport');
    setPending(null);
    onReplaced();
  };

  return (
    <div className="draft-bar">
      <div className="draft-actions">
        <button type="button" onClick={() => (unsaved() ? setPending({ kind: 'new' }) : startNew())}>
          {t('drafts.new')}
        </button>
        <button
          type="button"
          onClick={() => {
            void prepareDraftReader();
            fileInput.current?.click();
          }}
        >
          {t('drafts.open')}
        </button>
        {importActions}
        <button type="button" className="primary" onClick={() => void saveToFile()}>
          {t('drafts.save')}
        </button>
        <HiddenFileInput
          inputRef={fileInput}
          accept=".json,application/json"
          label={t('drafts.open')}
          testId="draft-file-input"
          onFile={(file) => void open(file)}
        />
      </div>
      <div className="save-state">
        <SaveStatus />
        <p className="saved-note" role="status">
          {savedName && !dirty ? tf('savedToFile', { file: savedName }) : ''}
        </p>
        <details className="save-help">
          <summary>{t('drafts.helpSummary')}</summary>
          <p>{t('drafts.help', { pause: Math.ceil(AUTOSAVE_DELAY / 1000), most: Math.ceil(AUTOSAVE_MAX_WAIT / 1000) })}</p>
        </details>
      </div>
      {paused && (
        <p className="storage-failed" role="alert">
          {paused.reason === 'invalid'
            ? t('drafts.pausedInvalid', { problem: renderDraftError(paused.error, i18n) })
            : t('drafts.pausedHeld')}
        </p>
      )}
      {storageFailed && (
        <p className="storage-failed" role="alert">
          {t('drafts.storageFailed')}
        </p>
      )}
      {pending?.kind === 'open' && (
        <Dialog
          title={t('drafts.openTitle')}
          onCancel={() => setPending(null)}
          actions={
            <>
              <button type="button" onClick={() => setPending(null)}>
                {t('drafts.cancel')}
              </button>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  session.replace(pending.draft.report, 'file');
                  setPending(null);
                  onReplaced();
                }}
              >
                {t('drafts.openConfirm')}
              </button>
            </>
          }
        >
          <dl className="draft-facts">
            <dt>{t('drafts.file')}</dt>
            <dd>{pending.name}</dd>
            <dt>{t('basics.organName')}</dt>
            <dd>{pending.draft.report.organ.name || t('drafts.unnamed')}</dd>
            <dt>{t('basics.year')}</dt>
            <dd>{pending.draft.report.year}</dd>
            <dt>{t('drafts.savedAt')}</dt>
            <dd>{new Date(pending.draft.savedAt).toLocaleString('zh-CN', { hour12: false })}</dd>
          </dl>
          {dirty && <p className="warning-text">{t('drafts.replaceWarning')}</p>}
        </Dialog>
      )}
      {pending?.kind === 'error' && (
        <Dialog
          role="alertdialog"
          title={pending.title ?? t('drafts.errorTitle')}
          onCancel={() => setPending(null)}
          actions={
            <button type="button" className="primary" onClick={() => setPending(null)}>
              {t('drafts.close')}
            </button>
          }
        >
          <p className="error-text">{pending.message}</p>
          <p>{pending.after ?? t('drafts.nothingChanged')}</p>
        </Dialog>
      )}
      {pending?.kind === 'new' && (
        <ConfirmReplace
          title={t('drafts.newTitle')}
          message={t('drafts.newWarning')}
          confirmLabel={t('drafts.newConfirm')}
          onConfirm={startNew}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
