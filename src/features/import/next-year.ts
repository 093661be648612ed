/**
 * Starting this year's report from last year's, and the notice shown afterwards. The notice
 * lives in a small store so the wizard shows it under the draft bar without owning its state.
 */
import { TABLES, getInput, inputCells, startNextYear, type Report } from '../../report/index.ts';
import type { Session } from '../../session/session.ts';
import { createStore } from '../../session/store.ts';

/** The years of the last start from last year's report, for the notice. */
export const nextYearNotice = createStore<{ year: number; next: number } | null>(null);

export function startNextYearIn(session: Session, last: Report): void {
  session.replace(startNextYear(last), 'new', 'nextYear');
  nextYearNotice.set({ year: last.year, next: last.year + 1 });
}

/** Whether the draft could be last year's report: it has at least one figure in a table. */
export function hasFigures(report: Report): boolean {
  return TABLES.some((table) => inputCells(table).some((c) => getInput(report.tables, c) !== null));
}
