/** The question asked before unsaved work is replaced (新建, 开始新一年度的报告). */
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';

export function ConfirmReplace({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('wizard');
  return (
    <Dialog
      role="alertdialog"
      title={title}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            {t('drafts.cancel')}
          </button>
          <button type="button" className="danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{message}</p>
    </Dialog>
  );
}
