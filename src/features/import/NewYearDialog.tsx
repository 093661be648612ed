/**
 * 开始新一年度的报告: which report is last year's — the draft open now, a saved draft file, or a
 * published report file (that one goes through 导入往年报告) — then, when the draft open now has
 * anything in it, the question before it is replaced.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HiddenFileInput } from '../../components/HiddenFileInput.tsx';
import { parseDraft, renderDraftError, type Report } from '../../report/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { isBlankReport } from '../../session/step-progress.ts';
import { useSession } from '../../session/session.ts';
import { hasFigures } from './next-year.ts';

type Phase = { kind: 'choose'; error: string | null } | { kind: 'confirm'; last: Report };

export function NewYearDialog({ onStart, onPublished, onClose }: { onStart(last: Report): void; onPublished(): void; onClose(): void }) {
  const { t, i18n } = useTranslation('flow');
  const session = useSession();
  const fileInput = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'choose', error: null });
  // As it is now, including typing the rules have not caught up with.
  const [current] = useState(() => {
    session.flush();
    return session.analysis.get().report;
  });
  const currentUsable = hasFigures(current);

  const chosen = (last: Report) => {
    session.flush();
    if (isBlankReport(session.analysis.get().report)) onStart(last);
    else setPhase({ kind: 'confirm', last });
  };
  const readFile = async (file: File) => {
    const parsed = parseDraft(await file.text(), file.size);
    if (!parsed.ok) return setPhase({ kind: 'choose', error: t('newYear.fileError', { problem: renderDraftError(parsed.error, i18n) }) });
    chosen(parsed.draft.report);
  };

  if (phase.kind === 'confirm') {
    const { last } = phase;
    return (
      <Dialog
        role="alertdialog"
        title={t('newYear.confirmTitle', { next: last.year + 1 })}
        onCancel={onClose}
        actions={
          <>
            <button type="button" onClick={() => setPhase({ kind: 'choose', error: null })}>
              {t('newYear.back')}
            </button>
            <button type="button" onClick={onClose}>
              {t('newYear.cancel')}
            </button>
            <button type="button" className="danger" onClick={() => onStart(last)}>
              {t('newYear.confirm', { next: last.year + 1 })}
            </button>
          </>
        }
      >
        <p>
          {t('newYear.confirmText', {
            next: last.year + 1,
            organ: current.organ.name || t('newYear.unnamed'),
            year: current.year,
          })}
        </p>
        {session.save.get().dirty && <p className="warning-text">{t('newYear.unsaved')}</p>}
        <p>{t('newYear.undoHint')}</p>
      </Dialog>
    );
  }

  return (
    <Dialog
      title={t('newYear.title')}
      onCancel={onClose}
      actions={
        <button type="button" onClick={onClose}>
          {t('newYear.cancel')}
        </button>
      }
    >
      <p id="new-year-intro">{t('newYear.intro')}</p>
      <ul className="new-year-choices">
        <li>
          <button type="button" disabled={!currentUsable} aria-describedby="new-year-current" onClick={() => chosen(current)}>
            {t('newYear.fromCurrent', { year: current.year })}
          </button>
          <p id="new-year-current" className="hint">
            {currentUsable ? t('newYear.fromCurrentHint', { year: current.year, next: current.year + 1 }) : t('newYear.fromCurrentEmpty')}
          </p>
        </li>
        <li>
          <button type="button" aria-describedby="new-year-file" onClick={() => fileInput.current?.click()}>
            {t('newYear.fromFile')}
          </button>
          <p id="new-year-file" className="hint">
            {t('newYear.fromFileHint')}
          </p>
          <HiddenFileInput
            inputRef={fileInput}
            accept=".json,application/json"
            label={t('newYear.fromFile')}
            testId="new-year-file-input"
            onFile={(file) => void readFile(file)}
          />
        </li>
        <li>
          <button type="button" aria-describedby="new-year-published" onClick={onPublished}>
            {t('newYear.fromPublished')}
          </button>
          <p id="new-year-published" className="hint">
            {t('newYear.fromPublishedHint')}
          </p>
        </li>
      </ul>
      {phase.error && (
        <p className="error-text" role="alert">
          {phase.error}
        </p>
      )}
    </Dialog>
  );
}
