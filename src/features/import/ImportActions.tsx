/** 导入往年报告 and 开始新一年度的报告, in the draft bar; both ask before replacing the draft. */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../report/schema.ts';
import { useSession } from '../../session/session.ts';
import { useStore } from '../../session/store.ts';
import { droppedReport } from '../../session/dropped-report.ts';

// Closed at start: fetched on demand (and when the browser is idle, src/app/lazy-steps.tsx).
const ImportDialog = lazy(() => import('./ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })));
const NewYearDialog = lazy(() => import('./NewYearDialog.tsx').then((m) => ({ default: m.NewYearDialog })));

export function ImportActions({ onReplaced }: { onReplaced(): void }) {
  const { t } = useTranslation('import');
  const { t: tf } = useTranslation('flow');
  const session = useSession();
  const dirty = useStore(session.save, (s) => s.dirty);
  const [open, setOpen] = useState<'import' | 'newYear' | null>(null);
  // A report dropped on the page opens the import dialog with it.
  const dropped = useStore(droppedReport);
  const close = () => {
    droppedReport.set(null);
    setOpen(null);
  };

  const replaceWith = (report: Report) => {
    session.replace(report, 'new', 'importReport');
    close();
    onReplaced();
  };
  // Carry-forward fits the texts to the schema (zod): fetched when used, not with the first screen.
  const startNext = async (last: Report) => {
    const { startNextYearIn } = await import('./next-year.ts');
    startNextYearIn(session, last);
    close();
    onReplaced();
  };

  return (
    <>
      <button type="button" onClick={() => setOpen('import')}>
        {t('dialog.title')}
      </button>
      <button type="button" onClick={() => setOpen('newYear')}>
        {tf('newYear.button')}
      </button>
      {(open === 'import' || dropped) && (
        <Suspense fallback={null}>
          <ImportDialog dirty={dirty} file={dropped} onClose={close} onOpen={replaceWith} onStartNext={(last) => void startNext(last)} />
        </Suspense>
      )}
      {open === 'newYear' && (
        <Suspense fallback={null}>
          <NewYearDialog onStart={(last) => void startNext(last)} onPublished={() => setOpen('import')} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
