/**
 * A table cell's typing handled by the page's own events, outside React's. React handles every
 * event at its root: for each keystroke it runs its listener for keydown, keypress, textInput,
 * input and keyup, and each of those walks the fibers from the cell up to the root looking for
 * handlers. A trace at CPU ×4 put that walking at about 5 ms of the 31 ms between a key and the
 * frame that shows it (issue 10). A cell's input is read here instead, and those events of a cell
 * stop at the document, before React's root sees them, as does the keydown of a key that types a
 * character. Other keydowns, paste, focus and blur still go to React: the grid's arrow keys and
 * paste are written there.
 *
 * The listeners are on the document in the capture phase, so the window's (undo-keys.ts: every
 * input is a user's act) still run first, as they did when React handled the cell.
 */

type CellInputHandler = (element: HTMLInputElement) => void;

const handlers = new WeakMap<EventTarget, CellInputHandler>();

/** Events of a cell React has nothing to do with: the cell has no handler for them. */
const STOPPED = ['keypress', 'textInput', 'keyup'] as const;

let listening: Document | null = null;

function onInput(event: Event): void {
  const target = event.target;
  const handler = target ? handlers.get(target) : undefined;
  if (!handler) return;
  event.stopPropagation();
  handler(target as HTMLInputElement);
}

function stopAtCell(event: Event): void {
  if (event.target && handlers.has(event.target)) event.stopPropagation();
}

/**
 * A key that types a character: the grid's keydown handler (TableGrid: arrows, Enter, Escape) has
 * nothing to do for it, and React's dispatch of it (capture and bubble, each walking the cell's
 * fibers to the root) was most of React's remaining time in a keystroke. Ctrl/Alt/Meta chords
 * (undo, copy) and named keys still go to React.
 */
export const typesCharacter = (event: KeyboardEvent): boolean =>
  event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing;

function stopCharacterKey(event: Event): void {
  if (event instanceof KeyboardEvent && typesCharacter(event)) stopAtCell(event);
}

function listen(doc: Document): void {
  if (listening === doc) return;
  listening = doc;
  doc.addEventListener('input', onInput, true);
  for (const type of STOPPED) doc.addEventListener(type, stopAtCell, true);
  doc.addEventListener('keydown', stopCharacterKey, true);
}

/** Calls `handler` with the cell's input after each change of its text; returns the undo. */
export function onCellInput(element: HTMLInputElement, handler: CellInputHandler): () => void {
  listen(element.ownerDocument);
  handlers.set(element, handler);
  return () => {
    if (handlers.get(element) === handler) handlers.delete(element);
  };
}
