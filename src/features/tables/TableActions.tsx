/**
 * What a table action (paste, 填0) did, shown at the table it was done in and only there: a
 * success as a status in a neutral green, what could not be pasted as an alert listing each cell.
 */
import { useTranslation } from 'react-i18next';
import { createStore, useStore, type Store } from '../../session/store.ts';
import type { PasteIssue } from './paste.ts';

export interface TableAction {
  tone: 'ok' | 'error';
  text: string;
  issues: readonly PasteIssue[];
}

export type ActionStore = Store<TableAction | null>;

/** One action store per table, made when the table is first shown. */
export function createActionStores(): { of(tableId: string): ActionStore } {
  const stores = new Map<string, ActionStore>();
  return {
    of(tableId) {
      let store = stores.get(tableId);
      if (!store) stores.set(tableId, (store = createStore<TableAction | null>(null)));
      return store;
    },
  };
}

function IssueText({ issue }: { issue: PasteIssue }) {
  const { t } = useTranslation('tables');
  switch (issue.kind) {
    case 'invalid':
      return <>{t('actions.invalid', { ...issue, problem: t(`problems.${issue.problem}`) })}</>;
    case 'mismatch':
      return <>{t('actions.mismatch', { ...issue, computed: issue.computed || t('actions.blank') })}</>;
    case 'unknownRow':
      return <>{t('actions.unknownRow', { label: issue.label })}</>;
    case 'outside':
      return <>{t('actions.outside', { count: issue.count })}</>;
  }
}

export function TableActionMessage({ actions }: { actions: ActionStore }) {
  const { t } = useTranslation('tables');
  const action = useStore(actions);
  return (
    <div className="table-action">
      <p className={`table-message table-message-${action?.tone ?? 'ok'}`} role="status">
        {action?.text}
      </p>
      {action && action.issues.length > 0 && (
        <div className="paste-issues" role="alert">
          <p>{t('actions.issuesTitle', { count: action.issues.length })}</p>
          <ul>
            {action.issues.map((issue, i) => (
              <li key={i}>
                <IssueText issue={issue} />
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => actions.set(null)}>
            {t('actions.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
