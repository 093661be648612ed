/** A statistics table as the printed form: merged headers, group labels, input and computed cells. */
import { useCallback, useMemo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ellipsize,
  fieldPath,
  parseCellId,
  printedGrid,
  renderTooLarge,
  type NumberProblem,
  type Report,
  type TableDef,
} from '../../report/index.ts';
import { useStore, type Store } from '../../session/store.ts';
import { useSession } from '../../session/session.ts';
import { Cell } from './Cell.tsx';
import { ComputedCell } from './ComputedCell.tsx';
import { IdentityRow } from './IdentityRow.tsx';
import { cellLabel } from './cell-label.ts';
import { moveOf, nextPosition } from './navigation.ts';
import { isBlockPaste, pasteTooLarge, planPaste, valueMatrix } from './paste.ts';

export function TableGrid({ table, messages }: { table: TableDef; messages: Store<string | null> }) {
  const { t, i18n } = useTranslation('wizard');
  const { setValue } = useFormContext<Report>();
  const session = useSession();
  const grid = useMemo(() => printedGrid(table), [table]);
  const tableRef = useRef<HTMLTableElement>(null);
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

  const onRefuse = useCallback(
    // A value typed or pasted into one cell can be any length: the message quotes its start.
    (label: string, text: string, problem: NumberProblem) =>
      messages.set(t('tables.refused', { label, text: ellipsize(text, 40), problem: t(`tables.problems.${problem}`) })),
    [messages, t],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
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
    // An oversize paste is refused even into a single cell, before it reaches the input.
    if (!start || (pasteTooLarge(text) === null && !isBlockPaste(text))) return;
    e.preventDefault();
    const plan = planPaste(grid, start, text);
    if (!plan.ok) {
      if (plan.reason === 'tooLarge') messages.set(renderTooLarge('paste', plan.size, i18n));
      else if (plan.reason === 'outside') messages.set(t('tables.pasteOutside'));
      else messages.set(t('tables.pasteInvalid', { text: plan.text, problem: t(`tables.problems.${plan.problem}`) }));
      return;
    }
    session.batch('paste', () => {
      for (const { ref, value } of plan.values) setValue(fieldPath(ref) as FieldPath<Report>, value as never, { shouldDirty: true });
    });
    messages.set(t('tables.pasted', { count: plan.values.length }));
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
          <ComputedCell key={j} table={table} cell={cell.ref} label={`${label}（${t('tables.computed')}）`} />
        ) : (
          <Cell key={j} table={table} cell={cell.ref} label={label} position={position} onRefuse={onRefuse} />
        );
      })}
    </tr>
  );
  return (
    <div className="grid-wrap">
      <table
        ref={tableRef}
        className={`grid grid-${table.layout.kind}`}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        aria-label={t('tables.caption', { number: table.number })}
      >
        {header.length > 0 && <thead>{header.map(renderRow)}</thead>}
        <tbody>{body.map(renderRow)}</tbody>
        {identity && table.layout.kind === 'matrix' && (
          <tfoot>
            <IdentityRow table={table} identity={identity} labelColumns={table.layout.labelColumns} />
          </tfoot>
        )}
      </table>
    </div>
  );
}

export function TableMessage({ messages }: { messages: Store<string | null> }) {
  const message = useStore(messages);
  return (
    <p className="table-message" role="status" aria-live="polite">
      {message}
    </p>
  );
}
