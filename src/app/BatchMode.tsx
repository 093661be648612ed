/**
 * The shell's 批量检查 mode: the review view (its own chunk, loaded when opened) in place of the
 * wizard, and the way back. A report opened from the review replaces the draft like an import does:
 * asked first when the draft has unsaved changes.
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmReplace } from '../components/ConfirmReplace.tsx';
import type { Report } from '../report/index.ts';
import { useSession } from '../session/session.ts';
import { useStore } from '../session/store.ts';

const BatchView = lazy(() => import('../features/batch/BatchView.tsx').then((m) => ({ default: m.BatchView })));

export function BatchMode({ onBack, onOpened }: { onBack(): void; onOpened(): void }) {
  const { t } = useTranslation('batch');
  const session = useSession();
  const dirty = useStore(session.save, (s) => s.dirty);
  const [pending, setPending] = useState<Report | null>(null);
  const open = (report: Report) => {
    session.replace(report, 'new');
    setPending(null);
    onOpened();
  };
  return (
    <>
      <div className="batch-back">
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
      <Suspense fallback={<p className="batch">…</p>}>
        <BatchView onOpen={(report) => (dirty ? setPending(report) : open(report))} />
      </Suspense>
      {pending && (
        <ConfirmReplace
          title={t('confirmOpenTitle')}
          message={t('confirmOpenMessage')}
          confirmLabel={t('confirmOpen')}
          onConfirm={() => open(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
