/**
 * 撤销 / 重做, naming the step each would take back or make again ("撤销：粘贴"), and a polite
 * announcement of what the last undo or redo did (keys included).
 */
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session.ts';
import { useStore } from '../session/store.ts';

export function UndoButtons() {
  const { t } = useTranslation('history');
  const session = useSession();
  const labels = useStore(session.history);
  const name = (label: string) => t(`steps.${label}`, { defaultValue: label });
  const undoText = labels.undo ? t('undoStep', { step: name(labels.undo) }) : t('nothingToUndo');
  const redoText = labels.redo ? t('redoStep', { step: name(labels.redo) }) : t('nothingToRedo');
  return (
    <div className="undo-buttons" role="group" aria-label={t('keys')}>
      <button
        type="button"
        className="undo"
        aria-disabled={labels.undo ? undefined : true}
        aria-label={undoText}
        title={t('withKey', { text: undoText, key: 'Ctrl+Z' })}
        onClick={() => session.undo()}
      >
        <span aria-hidden="true">↶ </span>
        {t('undo')}
      </button>
      <button
        type="button"
        className="redo"
        aria-disabled={labels.redo ? undefined : true}
        aria-label={redoText}
        title={t('withKey', { text: redoText, key: 'Ctrl+Y' })}
        onClick={() => session.redo()}
      >
        <span aria-hidden="true">↷ </span>
        {t('redo')}
      </button>
      <span className="visually-hidden" role="status">
        {labels.moved ? t(labels.moved.kind === 'undo' ? 'undone' : 'redone', { step: name(labels.moved.label) }) : ''}
      </span>
    </div>
  );
}
