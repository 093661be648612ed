/** Another tab changed the autosaved draft: say so, pause autosave, let the user choose. */
import { useTranslation } from 'react-i18next';
import { AUTOSAVE_KEY } from '../../session/autosave-key.ts';
import { loadAutosave } from '../../session/autosave.ts';
import { loadDraftCodec } from '../../session/draft-codec.ts';
import { useSession } from '../../session/session.ts';
import { useStore } from '../../session/store.ts';

export function ConflictBanner() {
  const { t } = useTranslation('wizard');
  const session = useSession();
  const conflict = useStore(session.save, (s) => s.conflict);
  if (!conflict) return null;
  const takeTheirs = async () => {
    const theirs = loadAutosave(await loadDraftCodec(), localStorage.getItem(AUTOSAVE_KEY));
    if (theirs) session.replace(theirs, 'otherTab');
  };
  return (
    <div className="conflict" role="alert">
      <p>{t('drafts.conflict')}</p>
      <button type="button" onClick={() => void takeTheirs()}>
        {t('drafts.takeTheirs')}
      </button>
      <button type="button" onClick={() => session.keepMine()}>
        {t('drafts.keepMine')}
      </button>
    </div>
  );
}
