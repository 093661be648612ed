/** The identity 一 + 二 = （七） + 四 under table 三, live per column: green when it holds, the difference in red. */
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { cellValue, sumRows, type IdentityDef, type Report, type TableDef, type Tables } from '../../report/index.ts';

export function IdentityRow({ table, identity, labelColumns }: { table: TableDef; identity: IdentityDef; labelColumns: number }) {
  const { t } = useTranslation('wizard');
  const { control } = useFormContext<Report>();
  const values = useWatch({ control, name: `tables.${table.id}` });
  // Only this table is read; the others are never looked up.
  const tables = { [table.id]: values } as unknown as Tables;
  const rows = [...identity.left, ...identity.right];
  return (
    <tr className="identity-row">
      <th scope="row" colSpan={labelColumns}>
        {t('tables.identityLabel')}
      </th>
      {table.columns.map((column) => {
        const started = rows.some((r) => cellValue(tables, table, r, column.id) !== null);
        const left = sumRows(tables, table, identity.left, column.id);
        const right = sumRows(tables, table, identity.right, column.id);
        const state = !started ? 'idle' : left === right ? 'ok' : 'bad';
        return (
          <td key={column.id} className={`identity identity-${state}`} data-identity={column.id}>
            <span className="visually-hidden">{column.label}：</span>
            {state === 'idle' && '—'}
            {state === 'ok' && t('tables.identityOk', { left, right })}
            {state === 'bad' && t('tables.identityBad', { column: column.label, diff: Math.abs(left - right), left, right })}
          </td>
        );
      })}
    </tr>
  );
}
