/** A table step (二, 三, 四): the printed grid, 填0, paste/refusal messages and this table's findings. */
import { useMemo } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { blankCells, fieldPath, fillBlanks, getInput, type Report, type TableDef } from '../../report/index.ts';
import { SectionFindings } from '../../components/SectionFindings.tsx';
import { createStore } from '../../session/store.ts';
import { useSession } from '../../session/session.ts';
import type { StepId } from '../../session/steps.ts';
import { TableGrid, TableMessage } from './TableGrid.tsx';

export function TableStep({ table, step }: { table: TableDef; step: StepId }) {
  const { t } = useTranslation('wizard');
  const { getValues, setValue } = useFormContext<Report>();
  const session = useSession();
  const messages = useMemo(() => createStore<string | null>(null), []);
  const fillZero = () => {
    const tables = getValues('tables');
    const filled = fillBlanks(tables, table);
    // Cell by cell, so each cell and total hears just its own change.
    const blanks = blankCells(tables, table);
    // One undo step for the whole fill.
    session.batch('fillZero', () => {
      for (const c of blanks) setValue(fieldPath(c) as FieldPath<Report>, getInput(filled, c) as never, { shouldDirty: true });
    });
    messages.set(t('tables.filledZero', { count: blanks.length }));
  };
  return (
    <>
      <p className="hint">{t(`tables.intro.${table.id}`)}</p>
      <div className="toolbar">
        <button type="button" onClick={fillZero}>
          {t('tables.fillZero')}
        </button>
        <TableMessage messages={messages} />
      </div>
      <TableGrid table={table} messages={messages} />
      <SectionFindings step={step} />
    </>
  );
}
