/** A table step (二, 三, 四): the printed grid, 填0, what a paste or 填0 did, and this table's findings. */
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Report, TableDef } from '../../report/index.ts';
import { SectionFindings } from '../../components/SectionFindings.tsx';
import { useSession } from '../../session/session.ts';
import type { StepId } from '../../session/steps.ts';
import { applyFillZero } from './apply-change.ts';
import { TableGrid } from './TableGrid.tsx';
import { TableActionMessage, createActionStores } from './TableActions.tsx';
import { SheetImport } from './SheetImport.tsx';

export function TableStep({ table, step }: { table: TableDef; step: StepId }) {
  const { t } = useTranslation(['wizard', 'tables']);
  const form = useFormContext<Report>();
  const session = useSession();
  const { entries } = session;
  // One store per table: the step component stays mounted from table to table, and a message
  // about table 三 must not show on table 二 or 四 (it is there again on coming back to 三).
  const [stores] = useState(createActionStores);
  const actions = stores.of(table.id);
  const fillZero = () => {
    let count = 0;
    // One undo step for the whole fill.
    session.batch('fillZero', () => {
      count = applyFillZero(form, table, entries.get());
    });
    actions.set({ tone: 'ok', text: count ? t('tables:actions.filledZero', { count }) : t('tables:actions.noBlanks'), issues: [] });
  };
  return (
    <>
      <p className="hint">{t(`wizard:tables.intro.${table.id}`)}</p>
      <div className="table-actions">
        <button type="button" onClick={fillZero}>
          {t('wizard:tables.fillZero')}
        </button>
        <SheetImport actions={actions} />
        <TableActionMessage actions={actions} />
      </div>
      <TableGrid table={table} actions={actions} />
      <SectionFindings step={step} />
    </>
  );
}
