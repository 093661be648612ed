/** The identity 一 + 二 = （七） + 四 under table 三, live per column: green when it holds, the difference in red. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellValue, sumRows, type ColumnDef, type IdentityDef, type TableDef, type Tables } from '../../report/index.ts';
import { useFormSelect } from '../../session/form-feed.ts';
import { useSession } from '../../session/session.ts';

type Sides = { state: 'idle' | 'ok' | 'bad'; left: number; right: number };
const sameSides = (a: Sides, b: Sides) => a.state === b.state && a.left === b.left && a.right === b.right;

/**
 * One column's check. It hears every change in the table but re-renders only when its own sums
 * change (useFormSelect compares them), so a keystroke redraws one column, not eight.
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
  const { state, left, right } = useFormSelect(
    values,
    [`tables.${table.id}`],
    (get): Sides => {
      // Only this table is read; the others are never looked up.
      const tables = { [table.id]: get(`tables.${table.id}`) } as unknown as Tables;
      const started = [...identity.left, ...identity.right].some((r) => cellValue(tables, table, r, column.id) !== null);
      const left = sumRows(tables, table, identity.left, column.id);
      const right = sumRows(tables, table, identity.right, column.id);
      return { state: !started ? 'idle' : left === right ? 'ok' : 'bad', left, right };
    },
    sameSides,
  );
  return (
    <td className={`identity identity-${state}`} data-identity={column.id}>
      <span className="visually-hidden">{column.label}：</span>
      {state === 'idle' && '—'}
      {state === 'ok' && t('tables.identityOk', { left, right })}
      {state === 'bad' && t('tables.identityBad', { column: column.label, diff: Math.abs(left - right), left, right })}
    </td>
  );
});

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
