/**
 * Figures that change on every keystroke (a 总计, an identity check) sit in boxes that are layout
 * and size contained (tables.css): the browser then lays out the box alone when its text changes,
 * not the whole table (a text change in a table cell otherwise re-lays out all of table 三,
 * ~1150 layout objects, inside the keystroke). A contained box takes no size from its text, so
 * these give it the size its text needs, and change it (one table layout) only when that size
 * does: a long figure's digit count, a check's line count or longest unbreakable piece.
 */

/**
 * A figure's width: its digits (tabular figures, each 1ch wide). Up to five digits fit in any
 * figure column of table 三 (td width 62px, padding 12px; five bold 13px digits ≈ 38px), so the
 * column does not depend on them and a keystroke that changes their count lays out nothing more.
 */
export function fitWidthToDigits(box: HTMLElement, text: string): void {
  const width = text.length > 5 ? `${text.length}ch` : '';
  if (box.style.minWidth !== width) box.style.minWidth = width;
}

/** Digits are tabular (all one width): a text's size depends on its digit count, not the digits. */
export const textShape = (text: string): string => text.replace(/[0-9]/g, '0');

export interface FittedBox {
  /** After the text changed; `shape` says what its size depends on (textShape, and its style). */
  changed(shape: string): void;
  /** The text's block is now this high (a resize observer says so, after layout). */
  sized(height: number): void;
}

/**
 * Sizes the contained `box` to `inner` (a block holding the text): as high as its lines (told by
 * a resize observer after layout, so the keystroke forces no layout), and as wide as the text's
 * longest unbreakable piece, its min-content width, which the column takes into account as it
 * did the text's own. That width is measured when the shape changes: at once the first time,
 * then by `later` (after the frame that shows the text), since it matters only in narrow windows.
 */
export function fittedBox(box: HTMLElement, inner: HTMLElement, later: (run: () => void) => void): FittedBox {
  let shape: string | null = null;
  let pending = false;
  const fitWidth = () => {
    pending = false;
    inner.style.width = 'min-content';
    const minWidth = `${inner.getBoundingClientRect().width}px`;
    inner.style.width = '';
    if (box.style.minWidth !== minWidth) box.style.minWidth = minWidth;
  };
  return {
    changed(next) {
      if (next === shape) return;
      const first = shape === null;
      shape = next;
      if (first) fitWidth();
      else if (!pending) {
        pending = true;
        later(fitWidth);
      }
    },
    sized(height) {
      const value = `${height}px`;
      if (box.style.height !== value) box.style.height = value;
    },
  };
}

/** After the next frame is drawn (a timer too: hidden tabs draw no frames). */
export function afterFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (!done) run();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 500);
}
