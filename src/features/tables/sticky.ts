/**
 * Frozen panes for the tables: the column header rows stay at the top while the rows scroll, and
 * the row labels stay at the left while the figures scroll sideways (narrow windows). Each sticky
 * cell is pinned where it sits when nothing is scrolled, measured after layout and again when the
 * table's size changes (window, language): header rows of a multi-row header then stack under
 * each other, and a label spanning columns keeps its place. Sticky table cells: Chromium 56+.
 */
import { useLayoutEffect, type RefObject } from 'react';

function pin(table: HTMLTableElement): void {
  // Measured unpinned: a stuck cell reports where it is stuck, not where it belongs.
  table.classList.remove('grid-sticky');
  const heads = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const labels = [...table.querySelectorAll<HTMLTableCellElement>('tbody th, tfoot th, thead th.label-corner')];
  const tops = heads.map((th) => th.offsetTop);
  const lefts = labels.map((th) => th.offsetLeft);
  heads.forEach((th, i) => (th.style.top = `${tops[i] ?? 0}px`));
  labels.forEach((th, i) => (th.style.left = `${lefts[i] ?? 0}px`));
  table.classList.add('grid-sticky');
}

export function useStickyCells(ref: RefObject<HTMLTableElement | null>): void {
  useLayoutEffect(() => {
    const table = ref.current;
    if (!table) return;
    pin(table);
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => pin(table));
    });
    observer.observe(table);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  });
}
