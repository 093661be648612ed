/** A statistics table as the printed form: merged headers, group labels, input and computed cells. */
import { useCallback, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ellipsize, parseCellId, printedGrid, renderTooLarge, type NumberProblem, type Report, type TableDef } from '../../report/index.ts';
import { createStore, useStore, type Store } from '../../session/store.ts';
import { applyPaste } from './apply-change.ts';
import { useSession } from '../../session/session.ts';
import { Cell } from './Cell.tsx';
import { ComputedCell } from './ComputedCell.tsx';
import { IdentityRow } from './IdentityRow.tsx';
import { cellLabel } from './cell-label.ts';
import { moveOf, nextPosition } from './navigation.ts';
import { isBlockPaste, pasteTooLarge, planPaste, valueMatrix } from './paste.ts';
import { useStickyCells } from './sticky.ts';
import { PasteIssuesAtRow, type ActionStore } from './TableActions.tsx';
import './tables.css';

export function TableGrid({ table, actions }: { table: TableDef; actions: ActionStore }) {
  const { t, i18n } = useTranslation(['wizard', 'tables']);
  const form = useFormContext<Report>();
  const session = useSession();
  const grid = useMemo(() => printedGrid(table), [table]);
  const tableRef = useRef<HTMLTableElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const announcements = useMemo(() => createStore<string>(''), []);
  useStickyCells(tableRef, table.id);
  const { inputs, widths, positions } = useMemo(() => {
    const matrix = valueMatrix(grid);
    const inputs = new Set<string>();
    const positions = new Map<string, string>();
    matrix.forEach((row, r) =>
      row.forEach((c, col) => {
        positions.set(`${c.ref.row}.${c.ref.column}`, `${r},${col}`);
        if (!c.computed) inputs.add(`${r},${col}`);
      }),
    );
    return { inputs, widths: matrix.map((r) => r.length), positions };
  }, [grid]);

  const announce = useCallback(
    // Text typed into one cell can be any length: the announcement quotes its start.
    (label: string, text: string, problem: NumberProblem) =>
      announcements.set(t('tables:cell.announce', { label, text: ellipsize(text, 40), problem: t(`tables:problems.${problem}`) })),
    [announcements, t],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    // Escape in the table closes a paste's list, which covers the rows under the pasted one.
    if (e.key === 'Escape' && actions.get()?.at) return actions.set(null);
    const input = e.target as HTMLInputElement;
    const pos = input.dataset.pos;
    const move = pos ? moveOf(e.key, e.shiftKey, input) : null;
    if (!pos || !move) return;
    const [r = 0, c = 0] = pos.split(',').map(Number);
    const next = nextPosition(inputs, widths, r, c, move);
    const target = next && tableRef.current?.querySelector<HTMLInputElement>(`[data-pos="${next[0]},${next[1]}"]`);
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.select();
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const id = (e.target as HTMLElement).dataset.cell;
    const text = e.clipboardData.getData('text/plain');
    const start = id ? parseCellId(id) : null;
    // A single value goes into the cell as typed; an oversize paste is refused even there.
    if (!start || (pasteTooLarge(text) === null && !isBlockPaste(text))) return;
    e.preventDefault();
    const plan = planPaste(grid, start, text, form.getValues('tables'));
    if (!plan.ok) {
      const message = plan.reason === 'tooLarge' ? renderTooLarge('paste', plan.size, i18n) : t('tables:actions.pasteOutside');
      return actions.set({ tone: 'error', text: message, issues: [] });
    }
    // One undo step for the whole paste.
    session.batch('paste', () => applyPaste(form, table, plan.writes));
    const count = plan.writes.length;
    actions.set({
      tone: count ? 'ok' : 'error',
      text: t(plan.byLabel ? 'tables:actions.pastedByLabel' : 'tables:actions.pasted', { count }),
      issues: plan.issues,
      at: id,
    });
  };

  const header = grid.rows.filter((r) => r.header);
  const body = grid.rows.filter((r) => !r.header);
  const identity = table.identities[0];
  const renderRow = (row: (typeof grid.rows)[number], i: number) => (
    <tr key={i}>
      {row.cells.map((cell, j) => {
        if (cell.kind === 'label') {
          const scope = cell.role === 'rowHeader' || cell.role === 'group' ? 'row' : cell.role === 'columnHeader' ? 'col' : undefined;
          return (
            <th key={j} className={`label label-${cell.role}`} colSpan={cell.colSpan} rowSpan={cell.rowSpan} scope={scope}>
              {cell.text}
            </th>
          );
        }
        const label = cellLabel(table, cell.ref);
        const position = positions.get(`${cell.ref.row}.${cell.ref.column}`) ?? '';
        return cell.computed ? (
          <ComputedCell key={j} table={table} cell={cell.ref} label={`${label}（${t('wizard:tables.computed')}）`} />
        ) : (
          <Cell key={j} table={table} cell={cell.ref} label={label} position={position} announce={announce} />
        );
      })}
    </tr>
  );
  return (
    <div className="grid-wrap" ref={wrapRef}>
      <table
        ref={tableRef}
        className={`grid grid-${table.layout.kind}`}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        aria-label={t('wizard:tables.caption', { number: table.number })}
      >
        {header.length > 0 && <thead>{header.map(renderRow)}</thead>}
        <tbody>{body.map(renderRow)}</tbody>
        {identity && table.layout.kind === 'matrix' && (
          <tfoot>
            <IdentityRow table={table} identity={identity} labelColumns={table.layout.labelColumns} />
          </tfoot>
        )}
      </table>
      <PasteIssuesAtRow actions={actions} wrap={wrapRef} />
      <Announcer announcements={announcements} />
    </div>
  );
}

/** A cell's problem said to screen readers; the cell shows it beside itself. */
function Announcer({ announcements }: { announcements: Store<string> }) {
  const text = useStore(announcements);
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
