/**
 * One input cell. Its text is never changed into another number: a figure goes to the draft, any
 * other text stays in the cell as typed, marked invalid with the reason beside it, while the draft
 * holds blank for the cell (and the step's error blocks the final export; see entry-findings.ts).
 * The input is uncontrolled: a keystroke writes to the form and re-renders nothing; the cell
 * re-renders when its problem, findings or focus change, and writes its text when the value
 * changes from outside (填0, a paste, another draft). Its typing is read by a listener of the page
 * (native-cell-input.ts), not by React's onChange: React's own handling of each key was a sixth of
 * a keystroke's time at CPU ×4.
 *
 * Each input is the one field of its own <form>: after every keystroke Chrome's autofill reads all
 * the fields of the form the typed-into field belongs to (one forced layout each), and a table of
 * 144 cells in one form (or in none: formless fields are read together) cost ~600 layouts per key.
 * Autofill takes nested forms as their outermost one, so the wizard has no <form> around its steps.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cellId,
  cellKind,
  fieldPath,
  marking,
  type CellRef,
  type CellValue,
  type NumberProblem,
  type TableDef,
} from '../../report/index.ts';
import { useFindingText } from '../../components/finding-text.ts';
import { PreviousFigure } from '../../components/PreviousFigure.tsx';
import { setCellEntry, useCellEntry } from '../../session/cell-entries.ts';
import { usePreviousValue } from '../../session/previous.ts';
import { fieldId } from '../../session/focus.ts';
import { useFormEffect } from '../../session/form-feed.ts';
import { useFindingsAt, useSession } from '../../session/session.ts';
import { cellInput, cellText, problemOf } from './cell-input.ts';
import { onCellInput } from './native-cell-input.ts';
import { previousHelps, previousReference } from './previous-figure.ts';
import { SumBreakdownButton } from './SumBreakdown.tsx';

export interface CellProps {
  table: TableDef;
  cell: CellRef;
  label: string;
  position: string;
  /** Says a cell's problem to screen readers (the table's polite live region). */
  announce(label: string, text: string, problem: NumberProblem): void;
}

/** The findings the cell's own message already says (its text is not a number). */
const VALUE_FINDINGS = new Set(['table.invalidCount', 'table.invalidAmount']);

export const Cell = memo(function Cell({ table, cell, label, position, announce }: CellProps) {
  const { t } = useTranslation('tables');
  const { values, entries } = useSession();
  const path = fieldPath(cell);
  const id = cellId(cell);
  const kind = cellKind(table, cell.column);
  const input = useRef<HTMLInputElement>(null);
  const td = useRef<HTMLTableCellElement>(null);
  /** True while this cell writes to the form, so its own change is not taken as one from outside. */
  const writing = useRef(false);
  const entry = useCellEntry(entries, id);
  const [problem, setProblem] = useState<NumberProblem | null>(() => (entry === undefined ? null : problemOf(kind, entry)));
  const all = useFindingsAt(id);
  const findings = useMemo(() => marking(all).filter((f) => entry === undefined || !VALUE_FINDINGS.has(f.ruleId)), [all, entry]);
  const text = useFindingText();
  const note = useMemo(() => findings.map(text).join('；'), [findings, text]);
  const severity = problem || findings.some((f) => f.severity === 'error') ? 'error' : findings.length ? 'warning' : undefined;
  const noteId = `${fieldId(path)}-note`;
  const problemId = `${fieldId(path)}-problem`;
  const reference = previousReference(cell);
  const previous = usePreviousValue(reference.ref);
  const previousId = `${fieldId(path)}-prev`;
  const describedBy = [problem ? problemId : '', findings.length ? noteId : '', previous !== null ? previousId : '']
    .filter(Boolean)
    .join(' ');

  const write = (value: CellValue) => {
    if (value === values.get(path)) return;
    writing.current = true;
    values.set(path, value);
    writing.current = false;
  };

  /** A change of the cell's text (native-cell-input.ts calls it: React's onChange is not used). */
  const typedNow = (element: HTMLInputElement) => {
    const typed = element.value;
    const read = cellInput(kind, typed);
    if (read.kind === 'value') {
      setCellEntry(entries, id, null);
      // Only when it changes: React often commits (renderless) for a same-value set, once per key.
      if (problem !== null) setProblem(null);
      return write(read.value);
    }
    setCellEntry(entries, id, typed);
    write(null);
    // Text on its way to a figure (“1,2” of 1,234) is said once the user leaves the cell.
    const now = read.kind === 'invalid' ? read.problem : null;
    if (now && now !== problem) announce(label, typed, now);
    if (now !== problem) setProblem(now);
  };
  // The latest handler (it closes over the problem shown), set after render as useFormEffect does.
  const latestTyped = useRef(typedNow);
  useLayoutEffect(() => {
    latestTyped.current = typedNow;
  });
  useEffect(() => {
    const element = input.current;
    return element ? onCellInput(element, (e) => latestTyped.current(e)) : undefined;
  }, []);

  useEffect(() => {
    /** Shows the stored value unless the text already says it, or is text kept because it is not a figure. */
    const show = () => {
      const element = input.current;
      if (!element || writing.current) return;
      const value = values.get(path) as CellValue;
      const typed = cellInput(kind, element.value);
      if (typed.kind === 'value' && typed.value === value) return;
      if (value === null && entries.get().get(id) === element.value) return;
      element.value = cellText(value);
      setCellEntry(entries, id, null);
      setProblem(null);
    };
    show();
    return values.subscribe(path, show);
  }, [values, entries, path, kind, id]);

  // A cell's kept text forgotten from outside (another draft opened): the cell shows the draft again.
  useEffect(() => {
    const element = input.current;
    if (entry !== undefined || !element) return;
    if (cellInput(kind, element.value).kind === 'value') return;
    element.value = cellText(values.get(path) as CellValue);
    setProblem(null);
  }, [entry, kind, values, path]);

  useFormEffect(
    values,
    [path],
    (get) => get(path) as CellValue,
    // A block body: useFormEffect's effect returns what this returns, and React takes it for a cleanup.
    (current) => {
      td.current?.toggleAttribute('data-prev-quiet', !previousHelps(previous, current));
    },
    [previous],
  );

  return (
    <td ref={td} className={`cell${severity ? ` cell-${severity}` : ''}`}>
      {/* A form of its own (see the file's comment); Enter at the grid's edge must not submit it. */}
      <form className="cell-form" onSubmit={(e) => e.preventDefault()} noValidate>
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
          data-cell={id}
          defaultValue={entry ?? cellText(values.get(path) as CellValue)}
          onBlur={(e) => {
            const element = e.target;
            const read = cellInput(kind, element.value);
            // Leaving the cell shows a figure as stored (“1,234” becomes “1234”); other text stays as typed.
            if (read.kind === 'value') element.value = cellText(values.get(path) as CellValue);
            else if (read.kind === 'pending') {
              setProblem('notNumber');
              announce(label, element.value, 'notNumber');
            }
          }}
        />
      </form>
      <SumBreakdownButton cell={cell} label={label} />
      {problem && (
        <span id={problemId} className="cell-problem">
          {t('cell.problem', { problem: t(`problems.${problem}`) })}
        </span>
      )}
      <PreviousFigure id={previousId} value={previous} carried={reference.carried} />
      {findings.length > 0 && (
        <span id={noteId} className="cell-note" role="note">
          {note}
        </span>
      )}
    </td>
  );
});
