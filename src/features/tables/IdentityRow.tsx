/** The identity 一 + 二 = （七） + 四 under table 三, live per column: green when it holds, the difference in red. */
import { memo, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addendsOf,
  cellValue,
  fieldPath,
  sumRows,
  type ColumnDef,
  type IdentityDef,
  type TableDef,
  type Tables,
} from '../../report/index.ts';
import { useFormEffect } from '../../session/form-feed.ts';
import { useSession } from '../../session/session.ts';
import { templateParts } from './message-template.ts';
import { messageWriter, type MessageWriter } from './message-figures.ts';
import { afterFrame, fittedBox, textShape, type FittedBox } from './contained-text.ts';

type Sides = { state: 'idle' | 'ok' | 'bad'; left: number; right: number };
const sameSides = (a: Sides, b: Sides) => a.state === b.state && a.left === b.left && a.right === b.right;

/**
 * One column's check. It hears the cells of its column and writes only when its own sums change,
 * and it writes into the page without a render (useFormEffect), so a keystroke commits nothing.
 */
const IdentityCell = memo(function IdentityCell({
  table,
  identity,
  column,
}: {
  table: TableDef;
  identity: IdentityDef;
  column: ColumnDef;
}) {
  const { t } = useTranslation('wizard');
  const { values } = useSession();
  const cell = useRef<HTMLTableCellElement>(null);
  const box = useRef<HTMLSpanElement>(null);
  const text = useRef<HTMLSpanElement>(null);
  const fit = useFittedBox(box, text);
  const writer = useRef<MessageWriter | null>(null);
  const messages = useMemo(
    () => ({
      ok: templateParts((holes) => t('tables.identityOk', holes), ['left', 'right']),
      bad: templateParts((holes) => t('tables.identityBad', { ...holes, column: column.label }), ['diff', 'left', 'right']),
    }),
    // `t` is fixed to the language in force: a new language gives a new `t`, and new messages.
    [t, column.label],
  );
  // The input cells that add up to the rows compared in this column: a keystroke in another
  // column does not wake this one (the 总计 column hears them all).
  const paths = useMemo(
    () => [...new Set([...identity.left, ...identity.right].flatMap((row) => addendsOf(table, row, column.id).map(fieldPath)))],
    [table, identity, column.id],
  );
  useFormEffect(
    values,
    paths,
    (get): Sides => {
      // Only this table is read; the others are never looked up.
      const tables = { [table.id]: get(`tables.${table.id}`) } as unknown as Tables;
      const started = [...identity.left, ...identity.right].some((r) => cellValue(tables, table, r, column.id) !== null);
      const left = sumRows(tables, table, identity.left, column.id);
      const right = sumRows(tables, table, identity.right, column.id);
      return { state: !started ? 'idle' : left === right ? 'ok' : 'bad', left, right };
    },
    ({ state, left, right }) => {
      const className = `identity identity-${state}`;
      if (cell.current && cell.current.className !== className) cell.current.className = className;
      if (!text.current) return;
      const out = (writer.current ??= messageWriter(text.current));
      let message = '—';
      if (state === 'idle') out.writePlain(message);
      else if (state === 'ok') message = out.write(messages.ok, { left, right });
      else message = out.write(messages.bad, { diff: Math.abs(left - right), left, right });
      // The state sets the weight of the text (identity-bad is bold).
      fit.current?.changed(`${state}|${textShape(message)}`);
    },
    [messages],
    sameSides,
  );
  // No class and no text from React: the effect above writes them before the first paint.
  return (
    <td ref={cell} data-identity={column.id}>
      <span className="visually-hidden">{column.label}：</span>
      <span ref={box} className="identity-box">
        <span ref={text} className="identity-text" />
      </span>
    </td>
  );
});

/** The box sized to its text (contained-text.ts). */
function useFittedBox(box: RefObject<HTMLElement | null>, inner: RefObject<HTMLElement | null>) {
  const fit = useRef<FittedBox | null>(null);
  // Before the figures' layout effect (declared later) writes the first text into the box.
  useLayoutEffect(() => {
    const element = box.current;
    const text = inner.current;
    if (!element || !text) return;
    const fitted = fittedBox(element, text, afterFrame);
    fit.current = fitted;
    // Called after layout, before paint, when the text's block changes size (its line count, its
    // column's width): the new height is shown in the same frame.
    const observer = new ResizeObserver(([entry]) => fitted.sized(entry?.contentRect.height ?? 0));
    observer.observe(text);
    return () => observer.disconnect();
  }, [box, inner]);
  return fit;
}

export function IdentityRow({ table, identity, labelColumns }: { table: TableDef; identity: IdentityDef; labelColumns: number }) {
  const { t } = useTranslation('wizard');
  return (
    <tr className="identity-row">
      <th scope="row" colSpan={labelColumns}>
        {t('tables.identityLabel')}
      </th>
      {table.columns.map((column) => (
        <IdentityCell key={column.id} table={table} identity={identity} column={column} />
      ))}
    </tr>
  );
}
