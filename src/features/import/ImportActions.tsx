/** 导入往年报告 and 以上年报告为起点, in the draft bar; both ask before replacing unsaved work. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../report/index.ts';
import { ConfirmReplace } from '../../components/ConfirmReplace.tsx';
import { useSession } from '../../session/session.ts';
import { useStore } from '../../session/store.ts';
import { droppedReport } from '../../session/dropped-report.ts';
import { hasFigures, startNextYearIn } from './next-year.ts';

// Closed at start: fetched on demand (and when the browser is idle, src/app/lazy-steps.tsx).
const ImportDialog = lazy(() => import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })));

export function ImportActions({ onReplaced }: { onReplaced(): void }) {
  const { t } = useTranslation('import');
  const session = useSession();
  const dirty = useStore(session.save, (s) => s.dirty);
  const year = useStore(session.analysis, (a) => a.report.year);
  const canStart = useStore(session.analysis, (a) => hasFigures(a.report));
  const [open, setOpen] = useState<'import' | 'confirmNext' | null>(null);
  // A report dropped on the page opens the import dialog with it.
  const dropped = useStore(droppedReport);
  const close = () => {
    droppedReport.set(null);
    setOpen(null);
  };

  const replaceWith = (report: Report) => {
    session.replace(report, 'new');
    close();
    onReplaced();
  };
  const startNext = (last: Report) => {
    startNextYearIn(session, last);
    close();
    onReplaced();
  };
  const startFromCurrent = () => {
    session.flush();
    startNext(session.analysis.get().report);
  };

  return (
    <>
      <button type="button" onClick={() => setOpen('import')}>
        {t('dialog.title')}
      </button>
      <button
        type="button"
        disabled={!canStart}
        title={t('nextYear.description')}
        aria-describedby="next-year-description"
        onClick={() => (dirty ? setOpen('confirmNext') : startFromCurrent())}
      >
        {t('nextYear.button')}
      </button>
      <span id="next-year-description" hidden>
        {t('nextYear.description')}
      </span>
      {(open === 'import' || dropped) && (
        <Suspense fallback={null}>
          <ImportDialog dirty={dirty} file={dropped} onClose={close} onOpen={replaceWith} onStartNext={startNext} />
        </Suspense>
      )}
      {open === 'confirmNext' && (
        <ConfirmReplace
          title={t('nextYear.confirmTitle', { year })}
          message={t('nextYear.confirmText', { next: year + 1 })}
          confirmLabel={t('nextYear.confirm')}
          onConfirm={startFromCurrent}
          onCancel={() => setOpen(null)}
        />
      )}
    </>
  );
}
