/**
 * Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z (⌘ on a Mac) anywhere in the page undo and redo the report's
 * history, including inside a text area or a table cell: the browser's own undo of a text area
 * knows only that field and is lost whenever the app writes the field (a paste into the table, an
 * undo), so two histories would fight. The browser's undo is turned away (also from the context
 * menu, which arrives as a `historyUndo` input), except inside a dialog, whose fields are not the
 * report. Leaving a field ends its typing step.
 */
/** What the keys drive (the session's undo, redo and end of a typing step). */
interface UndoControls {
  undo(): unknown;
  redo(): unknown;
  endTyping(): void;
  userActed(): void;
}

type Target = EventTarget | null;

/** What only a person does (the app's own writes fire none of these); keydown is handled below. */
const USER_EVENTS = ['pointerdown', 'input', 'paste', 'drop'] as const;

const inDialog = (target: Target) => target instanceof Element && target.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null;

export function listenUndoKeys(session: UndoControls): () => void {
  const acted = () => session.userActed();
  const keydown = (e: KeyboardEvent) => {
    acted();
    if (e.isComposing || e.altKey || !(e.ctrlKey || e.metaKey) || inDialog(e.target)) return;
    const key = e.key.toLowerCase();
    const redo = key === 'y' || (key === 'z' && e.shiftKey);
    if (key !== 'z' && !redo) return;
    e.preventDefault();
    if (redo) session.redo();
    else session.undo();
  };
  const beforeinput = (e: InputEvent) => {
    if ((e.inputType !== 'historyUndo' && e.inputType !== 'historyRedo') || inDialog(e.target)) return;
    e.preventDefault();
    if (e.inputType === 'historyRedo') session.redo();
    else session.undo();
  };
  const focusout = () => session.endTyping();
  window.addEventListener('keydown', keydown, true);
  for (const type of USER_EVENTS) window.addEventListener(type, acted, true);
  window.addEventListener('beforeinput', beforeinput, true);
  document.addEventListener('focusout', focusout, true);
  return () => {
    window.removeEventListener('keydown', keydown, true);
    for (const type of USER_EVENTS) window.removeEventListener(type, acted, true);
    window.removeEventListener('beforeinput', beforeinput, true);
    document.removeEventListener('focusout', focusout, true);
  };
}
