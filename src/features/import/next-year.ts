/** Starting this year's report from last year's, and the notice shown afterwards (next-year-notice.ts). */
import { TABLES } from '../../report/definition/index.ts';
import { getInput } from '../../report/tables.ts';
import { inputCells } from '../../report/cells.ts';
import { startNextYear } from '../../report/carry-forward.ts';
import type { Report } from '../../report/schema.ts';
import type { Session } from '../../session/session.ts';
import { nextYearNotice } from './next-year-notice.ts';

export function startNextYearIn(session: Session, last: Report): void {
  session.replace(startNextYear(last), 'new', 'nextYear');
  nextYearNotice.set({ year: last.year, next: last.year + 1 });
}

/** Whether the draft could be last year's report: it has at least one figure in a table. */
export function hasFigures(report: Report): boolean {
  return TABLES.some((table) => inputCells(table).some((c) => getInput(report.tables, c) !== null));
}
