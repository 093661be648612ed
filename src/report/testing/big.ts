/** Tests only: a city-sized report — every count `n`, the 万元 amount `amount` (issue 13: 43540, 24252.311082). */
import { emptyReport } from '../empty.ts';
import type { Report } from '../schema.ts';

export function bigReport(n: number, amount: string): Report {
  const report = emptyReport({ organ: '某某市人民政府', year: 2024 });
  const fill = (o: Record<string, unknown>): void => {
    for (const [k, v] of Object.entries(o)) {
      if (v === null) o[k] = n;
      else if (typeof v === 'object') fill(v as Record<string, unknown>);
    }
  };
  // The tables are plain nested records of counts; every blank becomes `n`.
  fill(report.tables as unknown as Record<string, unknown>);
  report.tables.t2.fees.amount = amount;
  return report;
}
