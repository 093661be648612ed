/** One input cell: digits only, refused input keeps what was there; findings mark it. */
import { memo, useState } from 'react';
import { useController, useFormContext, type FieldPath } from 'react-hook-form';
import { cellId, cellKind, fieldPath, marking, type CellRef, type CellValue, type NumberProblem, type Report, type TableDef } from '../../report/index.ts';
import { useFindingText } from '../../components/finding-text.ts';
import { PreviousFigure } from '../../components/PreviousFigure.tsx';
import { usePreviousValue } from '../../session/previous.ts';
import { fieldId } from '../../session/focus.ts';
import { useFindingsAt } from '../../session/session.ts';
import { cellInput, cellText } from './cell-input.ts';

export interface CellProps {
  table: TableDef;
  cell: CellRef;
  label: string;
  position: string;
  onRefuse(label: string, text: string, problem: NumberProblem): void;
}

export const Cell = memo(function Cell({ table, cell, label, position, onRefuse }: CellProps) {
  const { control } = useFormContext<Report>();
  const path = fieldPath(cell);
  const { field } = useController({ control, name: path as FieldPath<Report> });
  const [editing, setEditing] = useState<string | null>(null);
  const findings = marking(useFindingsAt(cellId(cell)));
  const text = useFindingText();
  const kind = cellKind(table, cell.column);
  const value = field.value as CellValue;
  const severity = findings.some((f) => f.severity === 'error') ? 'error' : findings.length ? 'warning' : undefined;
  const noteId = `${fieldId(path)}-note`;
  const previous = usePreviousValue(cell);
  const previousId = `${fieldId(path)}-prev`;
  const describedBy = [severity ? noteId : '', previous !== null ? previousId : ''].filter(Boolean).join(' ');
  return (
    <td className={`cell${severity ? ` cell-${severity}` : ''}`}>
      <input
        id={fieldId(path)}
        ref={field.ref}
        name={field.name}
        className="cell-input"
        aria-label={label}
        aria-invalid={severity === 'error' ? true : undefined}
        aria-describedby={describedBy || undefined}
        inputMode={kind === 'amount' ? 'decimal' : 'numeric'}
        autoComplete="off"
        data-pos={position}
        data-cell={cellId(cell)}
        value={editing ?? cellText(value)}
        onChange={(e) => {
          const input = cellInput(kind, e.target.value);
          if (input.kind === 'refused') return onRefuse(label, e.target.value, input.problem);
          setEditing(e.target.value);
          if (input.kind === 'value' && input.value !== value) field.onChange(input.value);
        }}
        onBlur={() => {
          if (editing !== null && cellInput(kind, editing).kind === 'pending') onRefuse(label, editing, 'notNumber');
          setEditing(null);
          field.onBlur();
        }}
      />
      <PreviousFigure id={previousId} value={previous} />
      {severity && (
        <span id={noteId} className="cell-note" role="note">
          {findings.map(text).join('；')}
        </span>
      )}
    </td>
  );
});
