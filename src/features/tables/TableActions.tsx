/**
 * What a table action (paste, 填0) did, shown at the table it was done in and only there: a
 * success as a status in a neutral green, what could not be pasted as an alert listing each cell.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { createStore, useStore, type Store } from '../../session/store.ts';
import type { PasteIssue } from './paste.ts';

export interface TableAction {
  tone: 'ok' | 'error';
  text: string;
  issues: readonly PasteIssue[];
  /** The cell a paste started in: what was not pasted is listed under its row, where the user is. */
  at?: string;
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

function IssueList({ actions, action }: { actions: ActionStore; action: TableAction }) {
  const { t } = useTranslation('tables');
  return (
    <div className="paste-issues" role="alert">
      {action.at && <p className={`table-message table-message-${action.tone}`}>{action.text}</p>}
      <p className="paste-issues-title">{t('actions.issuesTitle', { count: action.issues.length })}</p>
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
  );
}

/** The message of the last action, at the table's toolbar; a paste's list goes under its row instead. */
export function TableActionMessage({ actions }: { actions: ActionStore }) {
  const action = useStore(actions);
  return (
    <div className="table-action">
      <p className={`table-message table-message-${action?.tone ?? 'ok'}`} role="status">
        {action?.text}
      </p>
      {action && !action.at && action.issues.length > 0 && <IssueList actions={actions} action={action} />}
    </div>
  );
}

/**
 * What a paste could not take, listed right under the row it was pasted into (over the rows below,
 * until closed): a paste into （六） is far below the toolbar, out of view.
 */
export function PasteIssuesAtRow({ actions, wrap }: { actions: ActionStore; wrap: RefObject<HTMLDivElement | null> }) {
  const action = useStore(actions);
  const panel = useRef<HTMLDivElement>(null);
  const at = action?.at;
  useLayoutEffect(() => {
    const cell = at ? wrap.current?.querySelector(`[data-cell="${at}"]`)?.closest('td') : null;
    if (!cell || !panel.current || !wrap.current) return;
    const top = cell.getBoundingClientRect().bottom - wrap.current.getBoundingClientRect().top;
    panel.current.style.top = `${top}px`;
  });
  if (!action?.at || action.issues.length === 0) return null;
  return (
    <div ref={panel} className="paste-issues-at-row">
      <IssueList actions={actions} action={action} />
    </div>
  );
}
