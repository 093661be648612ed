/**
 * Row heights for wrapped labels. Excel does not grow a row to fit wrapped text when it opens a
 * file, so the long labels of table 三 would print cut to one line: each row is given the lines its
 * tallest single-row label needs in its (merged) width.
 */
import type { PlannedCell } from './plan.ts';

/** 10 pt 宋体 and its line height, in points. */
export const TABLE_FONT = { name: '宋体', size: 10 } as const;
const LINE_POINTS = 13.5;
const MIN_POINTS = 20;

/** A CJK character is two Excel width units wide, Latin one. */
function widthUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return units;
}

export function linesNeeded(text: string, width: number): number {
  // A unit of padding each side; at least one character per line in a narrow column.
  const perLine = Math.max(2, Math.floor(width - 1));
  return Math.max(1, Math.ceil(widthUnits(text) / perLine));
}

export function rowHeights(cells: readonly PlannedCell[], widths: readonly number[], rows: number, top: number): number[] {
  const heights = Array.from({ length: rows }, () => MIN_POINTS);
  for (const cell of cells) {
    if (cell.kind !== 'label') continue;
    const width = widths.slice(cell.col - 1, cell.col - 1 + cell.colSpan).reduce((a, b) => a + b, 0);
    // A merged label shares its height among the rows it spans.
    const points = (linesNeeded(cell.text, width) * LINE_POINTS + 6) / cell.rowSpan;
    for (let r = 0; r < cell.rowSpan; r++) {
      const index = cell.row - top + r;
      heights[index] = Math.max(heights[index] ?? MIN_POINTS, Math.ceil(points));
    }
  }
  return heights;
}
