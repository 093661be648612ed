/**
 * The draft stored in this browser did not open. It was kept (moved aside); here the user learns
 * why and chooses: recover what can be read, field by field, or save the stored text as a file.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderDraftError } from '../../report/draft/messages.ts';
import type { Salvage } from '../../report/draft/salvage.ts';
import { draftCodec } from '../../session/draft-codec.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { AUTOSAVE_KEY } from '../../session/autosave-key.ts';
import { useSession } from '../../session/session.ts';
import { useStore } from '../../session/store.ts';
import { discardUnreadable, unreadableDraft } from '../../session/stored-draft.ts';
import { downloadText } from './draft-file.ts';

export function UnreadableDraftDialog({ onReplaced }: { onReplaced(): void }) {
  const { t, i18n } = useTranslation('wizard');
  const session = useSession();
  const kept = useStore(unreadableDraft);
  const dirty = useStore(session.save, (s) => s.dirty);
  const [closed, setClosed] = useState(false);
  const [recovered, setRecovered] = useState<Salvage | null>(null);
  const [saved, setSaved] = useState(false);
  // A kept draft was found by the parser (stored-draft.ts), so its codec is loaded; without it there is nothing to recover.
  const salvage = useMemo(() => (kept ? (draftCodec()?.salvageDraft(kept.text) ?? null) : null), [kept]);
  if (!kept || closed) return null;

  const recover = () => {
    if (!salvage) return;
    session.replace(salvage.report, 'new');
    setRecovered(salvage);
    onReplaced();
  };
  const saveRaw = () => {
    downloadText(kept.text, t('unreadable.fileName', { date: new Date().toISOString().slice(0, 10) }));
    setSaved(true);
  };
  const discard = () => {
    discardUnreadable();
    setClosed(true);
  };
  const actions = (
    <>
      <button type="button" onClick={saveRaw}>
        {t('unreadable.saveRaw')}
      </button>
      {recovered || saved ? (
        <button type="button" onClick={discard}>
          {t('unreadable.discard')}
        </button>
      ) : null}
      {!recovered && salvage && (
        <button type="button" className="primary" onClick={recover}>
          {t('unreadable.recover')}
        </button>
      )}
      <button type="button" onClick={() => setClosed(true)}>
        {t(recovered ? 'unreadable.done' : 'unreadable.later')}
      </button>
    </>
  );
  return (
    <Dialog
      role="alertdialog"
      title={t('unreadable.title')}
      onCancel={() => setClosed(true)}
      actions={actions}
      className="unreadable-draft"
    >
      {recovered ? (
        <>
          <p>{t('unreadable.recovered')}</p>
          {recovered.dropped.length > 0 && (
            <>
              <p>{t('unreadable.dropped', { count: recovered.dropped.length })}</p>
              <ul className="field-list">
                {recovered.dropped.map((path) => (
                  <li key={path}>{path}</li>
                ))}
              </ul>
            </>
          )}
          {recovered.cuts.length > 0 && (
            <ul className="field-list">
              {recovered.cuts.map((cut) => (
                <li key={cut.path}>
                  {t('unreadable.cut', { path: cut.path, length: cut.length, limit: cut.limit, cut: cut.length - cut.limit })}
                </li>
              ))}
            </ul>
          )}
          {recovered.dropped.length === 0 && recovered.cuts.length === 0 && <p>{t('unreadable.nothingLost')}</p>}
          <p>{t('unreadable.stillKept')}</p>
        </>
      ) : (
        <>
          <p>{t('unreadable.intro')}</p>
          <p className="error-text">{renderDraftError(kept.error, i18n)}</p>
          <p>{t(kept.key === AUTOSAVE_KEY ? 'unreadable.keptInPlace' : 'unreadable.kept')}</p>
          <p>{t(salvage ? 'unreadable.choose' : 'unreadable.notJson')}</p>
          {salvage && dirty && <p className="warning-text">{t('unreadable.replaceWarning')}</p>}
        </>
      )}
      {saved && <p role="status">{t('unreadable.savedRaw')}</p>}
    </Dialog>
  );
}
