/** The identity 一 + 二 = （七） + 四 under table 三, live per column: green when it holds, the difference in red. */
import { memo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { cellValue, sumRows, type ColumnDef, type IdentityDef, type Report, type TableDef, type Tables } from '../../report/index.ts';

type Sides = { state: 'idle' | 'ok' | 'bad'; left: number; right: number };

/**
 * One column's check. It watches the table but re-renders only when its own sums change
 * (useWatch's compute compares them), so a keystroke redraws one column, not eight.
 */
const IdentityCell = memo(function IdentityCell({ table, identity, column }: { table: TableDef; identity: IdentityDef; column: ColumnDef }) {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<Report>();
  const { state, left, right } = useWatch({
    control,
    name: `tables.${table.id}`,
    compute: (values): Sides => {
      // Only this table is read; the others are never looked up.
      const tables = { [table.id]: values } as unknown as Tables;
      const started = [...identity.left, ...identity.right].some((r) => cellValue(tables, table, r, column.id) !== null);
      const left = sumRows(tables, table, identity.left, column.id);
      const right = sumRows(tables, table, identity.right, column.id);
      return { state: !started ? 'idle' : left === right ? 'ok' : 'bad', left, right };
    },
  });
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
