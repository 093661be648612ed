/**
 * Last year's figure beside a cell, only where it helps: 150 cells of “上年 0” drown the table.
 * It shows when it says something (last year's figure is not 0, or this year's differs from it)
 * and on the focused cell; otherwise it stays in the cell's description for screen readers only.
 */
import type { CellRef, CellValue } from '../../report/index.ts';

/**
 * The figure a cell is compared with. This year's 上年结转 is last year's 结转下年度继续办理
 * (docs/format.md §4), not last year's own 上年结转: showing that one would look like a contradiction.
 */
export function previousReference(ref: CellRef): { ref: CellRef; carried: boolean } {
  if (ref.table === 't3' && ref.row === 'carriedOver') return { ref: { ...ref, row: 'carriedForward' } as CellRef, carried: true };
  return { ref, carried: false };
}

const isZero = (value: CellValue) => value === 0 || value === '0';

/** Whether last year's figure is worth showing beside this year's value (when not focused). */
export function previousHelps(previous: CellValue, current: CellValue): boolean {
  if (previous === null) return false;
  if (current === null) return !isZero(previous);
  return String(previous) !== String(current);
}
