/**
 * Frozen panes for the tables: the column header rows stay at the top while the rows scroll, and
 * the row labels stay at the left while the figures scroll sideways (narrow windows). Each sticky
 * cell is pinned where it sits when nothing is scrolled, measured after layout and again when the
 * table's size changes (window, language): header rows of a multi-row header then stack under
 * each other, and a label spanning columns keeps its place. Sticky table cells: Chromium 56+.
 */
import { useLayoutEffect, type RefObject } from 'react';

const heads = (table: HTMLTableElement) => [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
const labels = (table: HTMLTableElement) => [...table.querySelectorAll<HTMLTableCellElement>('tbody th, tfoot th, thead th.label-corner')];

function pin(table: HTMLTableElement): void {
  // Measured unpinned: a stuck cell reports where it is stuck, not where it belongs.
  table.classList.remove('grid-sticky');
  const head = heads(table);
  const label = labels(table);
  const tops = head.map((th) => th.offsetTop);
  const lefts = label.map((th) => th.offsetLeft);
  head.forEach((th, i) => (th.style.top = `${tops[i] ?? 0}px`));
  label.forEach((th, i) => (th.style.left = `${lefts[i] ?? 0}px`));
  table.classList.add('grid-sticky');
}

/**
 * What the pinned places depend on: the header cells' heights (header rows stack) and the widths
 * of the row labels that have other row labels to their right (a group label spanning rows). The
 * widths of the labels next to the figures change as the figures do, and move no pinned cell.
 * Sticky offsets change none of these, so they are read pinned, in the resize observer's callback,
 * where layout is already done.
 */
const shape = (table: HTMLTableElement): string =>
  [
    ...heads(table).map((th) => th.offsetHeight),
    '|',
    ...[...table.querySelectorAll<HTMLTableCellElement>('tbody th, tfoot th')]
      .filter((th) => th.rowSpan > 1 || th.nextElementSibling?.tagName === 'TH')
      .map((th) => th.offsetWidth),
  ].join();

/** `content` names what the table shows (its id): a new table is pinned anew. */
export function useStickyCells(ref: RefObject<HTMLTableElement | null>, content: string): void {
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    pin(table);
    let pinned = shape(table);
    let frame = 0;
    // The table grows and shrinks as figures, checks and messages change (most keystrokes): only a
    // change of the cells' shape is pinned again. Unpinning restyles and lays out the whole table twice.
    const observer = new ResizeObserver(() => {
      const now = shape(table);
      if (now === pinned) return;
      pinned = now;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        pin(table);
        pinned = shape(table);
      });
    });
    observer.observe(table);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref, content]);
}
