/** A computed cell (总计): read-only, updates on every keystroke in just the cells it adds up. */
import { memo, useMemo } from 'react';
import { useFormContext, useWatch, type FieldPath } from 'react-hook-form';
import { addendsOf, fieldPath, type CellRef, type Report, type TableDef } from '../../report/index.ts';
import { cellText } from './cell-input.ts';

export const ComputedCell = memo(function ComputedCell({ table, cell, label }: { table: TableDef; cell: CellRef; label: string }) {
  const { control } = useFormContext<Report>();
  const names = useMemo(() => addendsOf(table, cell.row, cell.column).map((c) => fieldPath(c) as FieldPath<Report>), [table, cell]);
  const values = useWatch({ control, name: names }) as unknown[];
  const numbers = values.filter((v): v is number => typeof v === 'number');
  // Blank while every addend is blank, like the domain's cellValue.
  const total = numbers.length ? numbers.reduce((a, b) => a + b, 0) : null;
  return (
    <td className="cell cell-computed">
      <output aria-label={label} data-cell={`${cell.table}.${cell.row}.${cell.column}`}>
        {cellText(total)}
      </output>
    </td>
  );
});
