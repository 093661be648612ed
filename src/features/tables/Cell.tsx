/**
 * One input cell: digits only, refused input keeps what was there; findings mark it. The input is
 * uncontrolled: a keystroke writes the value to the form and re-renders nothing here; the cell
 * writes its text only when the value changes from outside (填0, a paste, another draft).
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import {
  cellId,
  cellKind,
  fieldPath,
  marking,
  type CellRef,
  type CellValue,
  type NumberProblem,
  type Report,
  type TableDef,
} from '../../report/index.ts';
import { useFindingText } from '../../components/finding-text.ts';
import { PreviousFigure } from '../../components/PreviousFigure.tsx';
import { usePreviousValue } from '../../session/previous.ts';
import { fieldId } from '../../session/focus.ts';
import { useFindingsAt, useSession } from '../../session/session.ts';
import { cellInput, cellText } from './cell-input.ts';

export interface CellProps {
  table: TableDef;
  cell: CellRef;
  label: string;
  position: string;
  onRefuse(label: string, text: string, problem: NumberProblem): void;
}

export const Cell = memo(function Cell({ table, cell, label, position, onRefuse }: CellProps) {
  const { setValue } = useFormContext<Report>();
  const { values } = useSession();
  const path = fieldPath(cell);
  const input = useRef<HTMLInputElement>(null);
  /** The text last accepted in the input: a refused keystroke puts it back. */
  const accepted = useRef(cellText(values.get(path) as CellValue));
  const all = useFindingsAt(cellId(cell));
  const findings = useMemo(() => marking(all), [all]);
  const text = useFindingText();
  const note = useMemo(() => findings.map(text).join('；'), [findings, text]);
  const kind = cellKind(table, cell.column);
  const severity = findings.some((f) => f.severity === 'error') ? 'error' : findings.length ? 'warning' : undefined;
  const noteId = `${fieldId(path)}-note`;
  const previous = usePreviousValue(cell);
  const previousId = `${fieldId(path)}-prev`;
  const describedBy = [severity ? noteId : '', previous !== null ? previousId : ''].filter(Boolean).join(' ');

  useEffect(() => {
    /** Shows the stored value unless the text already says it (e.g. "1,234" while typing 1234). */
    const show = () => {
      const element = input.current;
      const value = values.get(path) as CellValue;
      if (!element) return;
      const typed = cellInput(kind, element.value);
      if (typed.kind === 'value' && typed.value === value) return;
      element.value = accepted.current = cellText(value);
    };
    show();
    return values.subscribe(path, show);
  }, [values, path, kind]);

  return (
    <td className={`cell${severity ? ` cell-${severity}` : ''}`}>
      <input
        id={fieldId(path)}
        ref={input}
        name={path}
        className="cell-input"
        aria-label={label}
        aria-invalid={severity === 'error' ? true : undefined}
        aria-describedby={describedBy || undefined}
        inputMode={kind === 'amount' ? 'decimal' : 'numeric'}
        autoComplete="off"
        data-pos={position}
        data-cell={cellId(cell)}
        defaultValue={accepted.current}
        onChange={(e) => {
          const element = e.target;
          const typed = cellInput(kind, element.value);
          if (typed.kind === 'refused') {
            const refusedText = element.value;
            element.value = accepted.current;
            return onRefuse(label, refusedText, typed.problem);
          }
          accepted.current = element.value;
          // Not dirty in react-hook-form's sense: nothing reads it, and tracking it costs a compare per key.
          if (typed.kind === 'value' && typed.value !== values.get(path))
            setValue(path as FieldPath<Report>, typed.value as never, { shouldDirty: false });
        }}
        onBlur={(e) => {
          const element = e.target;
          if (cellInput(kind, element.value).kind === 'pending') onRefuse(label, element.value, 'notNumber');
          // Leaving the cell shows the stored value as stored ("1,234" becomes "1234"; a pending text goes).
          element.value = accepted.current = cellText(values.get(path) as CellValue);
        }}
      />
      <PreviousFigure id={previousId} value={previous} />
      {severity && (
        <span id={noteId} className="cell-note" role="note">
          {note}
        </span>
      )}
    </td>
  );
});
