/** Many reports at once: 汇总 (sums), parent = Σ units, and two years of one organ compared. */
export * from './decimal.ts';
export * from './sum-reports.ts';
export * from './breakdown.ts';
export * from './parent-check.ts';
export * from './cross-year.ts';
