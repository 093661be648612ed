/**
 * Two years of one organ side by side (a reviewer's folder holds both): the checks that a report
 * carrying last year in `previous` gets (上年结转 = last year's 结转下年度, 现行有效 = last year's +
 * 制发 − 废止, text carried over unchanged), run between two separate files.
 */
import type { Report } from '../schema.ts';
import { DEFAULT_RULES, runRules, type Finding, type RuleContext } from '../rules/index.ts';
import { cloneData } from '../arrays.ts';

/** The year-over-year rules: those that read `previous` (ids `prev.…`), whatever rules are added. */
const CROSS_YEAR_RULES = DEFAULT_RULES.filter((rule) => rule.id.startsWith('prev.'));

/** This year's report with last year's figures and text as its `previous` (last year's file wins). */
export function withLastYear(current: Report, last: Report): Report {
  return { ...current, previous: { year: last.year, tables: cloneData(last.tables), narrative: cloneData(last.narrative) } };
}

/** Findings between last year's and this year's report of the same organ. */
export function compareYears(last: Report, current: Report, context: RuleContext): Finding[] {
  return runRules(withLastYear(current, last), context, CROSS_YEAR_RULES);
}

/** Same organ, consecutive years: the pairs a set of reports holds, oldest first. */
export function consecutivePairs<T extends Pick<Report, 'organ' | 'year'>>(reports: readonly T[]): [T, T][] {
  const key = (r: T) => r.organ.name.replace(/\s+/g, '');
  const byOrganYear = new Map<string, T>();
  for (const r of reports) if (key(r)) byOrganYear.set(`${key(r)}\u0000${r.year}`, r);
  const pairs: [T, T][] = [];
  for (const r of reports) {
    const previous = byOrganYear.get(`${key(r)}\u0000${r.year - 1}`);
    if (previous && key(r)) pairs.push([previous, r]);
  }
  return pairs;
}
