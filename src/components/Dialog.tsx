/** A modal dialog on the native <dialog> element (focus trap, Esc to cancel, for free). */
import { useEffect, useRef, type ReactNode } from 'react';

export function Dialog({
  title,
  children,
  actions,
  onCancel,
  role = 'dialog',
  className,
}: {
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onCancel(): void;
  role?: 'dialog' | 'alertdialog';
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role}
      aria-labelledby="dialog-title"
      onCancel={(e) => (e.preventDefault(), onCancel())}
    >
      <h2 id="dialog-title">{title}</h2>
      {/* Focusable: a body taller than the window scrolls, and the keyboard must reach all of it. */}
      <div className="dialog-body" tabIndex={0}>
        {children}
      </div>
      <div className="dialog-actions">{actions}</div>
    </dialog>
  );
}
