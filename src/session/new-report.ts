import { emptyReport, type Report } from '../report/index.ts';

/** A new report defaults to last year: reports are written in the following January–March. */
export function newReport(today = new Date()): Report {
  return emptyReport({ year: today.getFullYear() - 1 });
}
