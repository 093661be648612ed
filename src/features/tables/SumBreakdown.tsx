/**
 * In a 汇总 draft, a small button in each figure cell opens who contributed what to it (issue 16):
 * each unit's figure, their sum, and whether the draft's figure was changed since. Any other draft
 * renders nothing here, and its cells hear nothing more than before: the one subscription is to
 * the draft's `aggregate`, which typing never changes.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  addendsOf,
  fieldPath,
  isComputed,
  tableDef,
  valueOf,
  type Aggregate,
  type CellRef,
  type CellValue,
  type Tables,
} from '../../report/index.ts';
import { aggregateSum, cellBreakdown, sameFigure, type AggregateUnit } from '../../report/aggregate/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { useFormEffect, type FormFeed } from '../../session/form-feed.ts';
import { useSession } from '../../session/session.ts';
import { cellText } from './cell-input.ts';

const aggregateIn = (values: FormFeed) => values.get('aggregate') as Aggregate | undefined;

/** The draft's kept unit figures; a new value only when another draft is opened (or undone to). */
function useAggregate(): Aggregate | undefined {
  const { values } = useSession();
  const subscribe = useCallback((onChange: () => void) => values.subscribe('aggregate', onChange), [values]);
  return useSyncExternalStore(subscribe, () => aggregateIn(values));
}

export const SumBreakdownButton = memo(function SumBreakdownButton({ cell, label }: { cell: CellRef; label: string }) {
  return useAggregate() ? <Marker cell={cell} label={label} /> : null;
});

function Marker({ cell, label }: { cell: CellRef; label: string }) {
  const { t } = useTranslation('tables');
  const { values } = useSession();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const table = tableDef(cell.table);
  const paths = useMemo(() => addendsOf(table, cell.row, cell.column).map(fieldPath), [table, cell]);
  // Marked, without a render, once the cell no longer holds the units' sum.
  useFormEffect(
    values,
    [...paths, 'aggregate'],
    (get) => {
      const aggregate = get('aggregate') as Aggregate | undefined;
      return !!aggregate && !sameFigure(valueOf(get('tables') as Tables, table, cell), aggregateSum(aggregate, cell));
    },
    (edited) => {
      const element = button.current;
      if (!element) return;
      element.toggleAttribute('data-edited', edited);
      element.setAttribute('aria-label', t(edited ? 'sum.openEdited' : 'sum.open', { label }));
    },
    [t, label],
  );
  const opened = useRef(false);
  useEffect(() => {
    // Back to the button once the modal dialog is gone (while open, the rest of the page is inert).
    if (open) opened.current = true;
    else if (opened.current) button.current?.focus();
  }, [open]);
  const close = () => setOpen(false);
  return (
    <>
      {/* The name is written by the effect above: it says whether the figure was changed. */}
      <button ref={button} type="button" className="sum-mark" onClick={() => setOpen(true)}>
        <span aria-hidden="true">{t('sum.mark')}</span>
      </button>
      {open &&
        createPortal(
          // Keys in the dialog are not the grid's (Escape, arrows) though React bubbles them there.
          <div onKeyDown={(e) => e.stopPropagation()} onPaste={(e) => e.stopPropagation()}>
            <BreakdownDialog cell={cell} label={label} onClose={close} />
          </div>,
          document.body,
        )}
    </>
  );
}

function BreakdownDialog({ cell, label, onClose }: { cell: CellRef; label: string; onClose(): void }) {
  const { t } = useTranslation('tables');
  const { values } = useSession();
  const breakdown = cellBreakdown({ tables: values.get('tables') as Tables, aggregate: aggregateIn(values) }, cell);
  if (!breakdown) return null;
  const figure = (value: CellValue) => (value === null ? t('sum.blank') : cellText(value));
  const unitName = (unit: AggregateUnit, i: number) => unit.organ || unit.source || t('sum.unnamed', { n: i + 1 });
  const computed = isComputed(tableDef(cell.table), cell.row, cell.column);
  return (
    <Dialog
      title={t('sum.title', { label })}
      className="sum-breakdown"
      onCancel={onClose}
      actions={
        <button type="button" onClick={onClose}>
          {t('sum.close')}
        </button>
      }
    >
      <p>{t(computed ? 'sum.introComputed' : 'sum.intro', { count: breakdown.figures.length })}</p>
      <table className="sum-breakdown-table">
        <thead>
          <tr>
            <th scope="col">{t('sum.unit')}</th>
            <th scope="col">{t('sum.value')}</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.figures.map(({ unit, value }, i) => (
            <tr key={i}>
              <th scope="row">
                {unitName(unit, i)}
                {unit.source && unit.organ && <span className="sum-source">{unit.source}</span>}
              </th>
              <td className={value === null ? 'num sum-blank' : 'num'}>{figure(value)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('sum.total')}</th>
            <td className="num">{figure(breakdown.sum)}</td>
          </tr>
        </tfoot>
      </table>
      {breakdown.edited ? (
        <p className="sum-edited">{t('sum.edited', { sum: figure(breakdown.sum), current: figure(breakdown.current) })}</p>
      ) : (
        <p className="sum-same">{t('sum.same')}</p>
      )}
    </Dialog>
  );
}
