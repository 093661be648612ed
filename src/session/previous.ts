/**
 * Last year's figure of a cell and whether a text is still last year's, read from the analysis
 * store through a selector that returns a primitive: a cell re-renders only when its own figure
 * changes (when a draft is replaced), never per keystroke.
 */
import { isUnchangedFromLastYear, previousValue } from '../report/narrative-paths.ts';
import type { CellRef } from '../report/cells.ts';
import type { CellValue } from '../report/model.ts';
import { useSession } from './session.ts';
import { useStore } from './store.ts';

export function usePreviousValue(ref: CellRef): CellValue {
  return useStore(useSession().analysis, (a) => previousValue(a.report, ref));
}

export function useUnchangedFromLastYear(path: string): boolean {
  return useStore(useSession().analysis, (a) => isUnchangedFromLastYear(a.report, path));
}
