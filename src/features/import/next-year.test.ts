import { describe, expect, it } from 'vitest';
import { emptyReport, withInput, type Report } from '../../report/index.ts';
import type { Session } from '../../session/session.ts';
import { hasFigures, startNextYearIn } from './next-year.ts';
import { nextYearNotice } from './next-year-notice.ts';

describe('starting next year from the current draft', () => {
  it('needs at least one figure in a table', () => {
    const empty = emptyReport({ year: 2024 });
    expect(hasFigures(empty)).toBe(false);
    expect(hasFigures({ ...empty, tables: withInput(empty.tables, { table: 't4', row: 'review', column: 'corrected' }, 0) })).toBe(true);
  });

  it('replaces the draft with next year’s, remembering last year, and leaves a notice', () => {
    const last = emptyReport({ year: 2024 });
    last.tables = withInput(last.tables, { table: 't3', row: 'carriedForward', column: 'natural' }, 9);
    const replaced: [Report, string][] = [];
    const session = { replace: (report: Report, origin: string) => replaced.push([report, origin]) } as unknown as Session;
    startNextYearIn(session, last);
    const [report, origin] = replaced[0] ?? [];
    expect(origin).toBe('new');
    expect(report?.year).toBe(2025);
    expect(report?.previous?.year).toBe(2024);
    expect(report?.tables.t3.carriedOver.natural).toBe(9);
    expect(nextYearNotice.get()).toEqual({ year: 2024, next: 2025 });
  });
});
