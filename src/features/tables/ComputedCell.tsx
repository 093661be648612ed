/**
 * A computed cell (总计): read-only. Its figure is written into the page as it changes, with no
 * render (see useFormEffect), into a contained box (contained-text.ts); the cell re-renders only
 * for its findings.
 */
import { memo, useMemo, useRef } from 'react';
import { addendsOf, cellId, fieldPath, marking, type CellRef, type TableDef } from '../../report/index.ts';
import { PreviousFigure } from '../../components/PreviousFigure.tsx';
import { usePreviousValue } from '../../session/previous.ts';
import { useFindingText } from '../../components/finding-text.ts';
import { useFindingsAt, useSession } from '../../session/session.ts';
import { useFormEffect } from '../../session/form-feed.ts';
import { cellText } from './cell-input.ts';
import { writeText } from './write-text.ts';
import { fitWidthToDigits } from './contained-text.ts';
import { previousHelps, previousReference } from './previous-figure.ts';
import { SumBreakdownButton } from './SumBreakdown.tsx';

export const ComputedCell = memo(function ComputedCell({ table, cell, label }: { table: TableDef; cell: CellRef; label: string }) {
  const { values } = useSession();
  const names = useMemo(() => addendsOf(table, cell.row, cell.column).map(fieldPath), [table, cell]);
  const output = useRef<HTMLOutputElement>(null);
  const td = useRef<HTMLTableCellElement>(null);
  const reference = previousReference(cell);
  const previous = usePreviousValue(reference.ref);
  useFormEffect(
    values,
    names,
    (get) => {
      const numbers = names.map(get).filter((v): v is number => typeof v === 'number');
      // Blank while every addend is blank, like the domain's cellValue.
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) : null;
    },
    (total) => {
      const text = cellText(total);
      writeText(output.current, text);
      if (output.current) fitWidthToDigits(output.current, text);
      td.current?.toggleAttribute('data-prev-quiet', !previousHelps(previous, total));
    },
    [previous],
  );
  const id = cellId(cell);
  // A total is marked too: by a prose figure that contradicts it, or by a broken identity.
  const all = useFindingsAt(id);
  const findings = useMemo(() => marking(all), [all]);
  const text = useFindingText();
  const note = useMemo(() => findings.map(text).join('；'), [findings, text]);
  const severity = findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
  const noteId = `c-${id.replace(/\./g, '-')}-note`;
  const previousId = `c-${id.replace(/\./g, '-')}-prev`;
  const describedBy = [findings.length ? noteId : '', previous !== null ? previousId : ''].filter(Boolean).join(' ');
  return (
    <td ref={td} className={`cell cell-computed${findings.length ? ` cell-${severity}` : ''}`}>
      {/* No children from React: the figure is written by the effect above. */}
      <output ref={output} aria-label={label} aria-describedby={describedBy || undefined} data-cell={id} />
      <SumBreakdownButton cell={cell} label={label} />
      <PreviousFigure id={previousId} value={previous} carried={reference.carried} />
      {findings.length > 0 && (
        <span id={noteId} className="cell-note" role="note">
          {note}
        </span>
      )}
    </td>
  );
});
