/**
 * Figures that change on every keystroke (a 总计, an identity check) sit in boxes that are layout
 * and size contained (tables.css): the browser then lays out the box alone when its text changes,
 * not the whole table (a text change in a table cell otherwise re-lays out all of table 三,
 * ~1150 layout objects, inside the keystroke). A contained box takes no size from its text, so
 * these give it the size its text needs, and change it (one table layout) only when that size
 * may change: a figure's digit count, a check's wording or line count.
 */

/** A figure's width: its digits (tabular figures, each 1ch wide). */
export function fitWidthToDigits(box: HTMLElement, text: string): void {
  const width = `${text.length}ch`;
  if (box.style.minWidth !== width) box.style.minWidth = width;
}

/** Digits are tabular (all one width): a text's size depends on its digit count, not the digits. */
export const textShape = (text: string): string => text.replace(/[0-9]/g, '0');

export interface FittedBox {
  /** After the text changed; `shape` says what its size depends on (textShape, and its style). */
  changed(shape: string): void;
  /** After the box's width changed (its column): the text wraps anew. */
  resized(): void;
}

/**
 * Sizes the contained `box` to `inner` (a block holding the text): as wide as the text's longest
 * unbreakable piece (its min-content width, which the column then takes into account as it did
 * the text itself) and as high as its lines. Measured only when the shape or the width changes;
 * each measure lays out the box alone.
 */
export function fittedBox(box: HTMLElement, inner: HTMLElement): FittedBox {
  let shape: string | null = null;
  const fitHeight = () => {
    const height = `${inner.getBoundingClientRect().height}px`;
    if (box.style.height !== height) box.style.height = height;
  };
  return {
    changed(next) {
      if (next === shape) return;
      shape = next;
      inner.style.width = 'min-content';
      const minWidth = `${inner.getBoundingClientRect().width}px`;
      inner.style.width = '';
      if (box.style.minWidth !== minWidth) box.style.minWidth = minWidth;
      fitHeight();
    },
    resized: fitHeight,
  };
}
