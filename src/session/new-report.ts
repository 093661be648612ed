import { emptyReport } from '../report/empty.ts';
import type { Report } from '../report/schema.ts';

/** A new report defaults to last year: reports are written in the following January–March. */
export function newReport(today = new Date()): Report {
  return emptyReport({ year: today.getFullYear() - 1 });
}
