/**
 * Table and basics rules at their edges (issue 18): the 总计 column is judged only once every
 * column it adds up is filled (so typing one column does not flash red in 总计), and the year, date
 * and opening checks turn exactly at their limits.
 */
import { describe, expect, it } from 'vitest';
import { TABLE3 } from '../definition/index.ts';
import { inputCells } from '../cells.ts';
import { emptyReport } from '../empty.ts';
import { withInput } from '../tables.ts';
import type { Report } from '../schema.ts';
import { identityRule } from './table-rules.ts';
import { openingMissingRule, organMissingRule, signatureDateMissingRule, signatureDateRule, yearRangeRule } from './meta-rules.ts';

const context = { today: '2026-11-21' };

/** Table 三 with the given applicant columns filled: all 0, except 新收 = `received` in `natural`. */
function table3(filled: readonly string[], received: number): Report {
  const report = emptyReport({ organ: '某镇人民政府', year: 2024 });
  let tables = report.tables;
  for (const cell of inputCells(TABLE3)) {
    if (!filled.includes(cell.column)) continue;
    tables = withInput(tables, cell, cell.row === 'newReceived' && cell.column === 'natural' ? received : 0);
  }
  return { ...report, tables };
}

const applicantColumns = TABLE3.columns.filter((c) => c.id !== 'total').map((c) => c.id);

describe('table.identity while the table is being filled', () => {
  it('judges a filled column but not 总计 while other columns are blank', () => {
    const findings = identityRule.check(table3(['natural'], 3), context);
    expect(findings.map((f) => f.params.columnId)).toEqual(['natural']);
    expect(findings[0]?.params).toMatchObject({ left: 3, right: 0, diff: 3 });
  });

  it('judges 总计 as well once every applicant column is filled', () => {
    const findings = identityRule.check(table3(applicantColumns, 3), context);
    expect(findings.map((f) => f.params.columnId)).toEqual(['natural', 'total']);
    expect(findings[1]).toMatchObject({
      ruleId: 'table.identity',
      severity: 'error',
      params: { left: 3, right: 0, diff: 3, column: '总计' },
    });
    expect(findings[1]?.cells).toContain('t3.newReceived.total');
  });

  it('says nothing when the filled columns add up', () => {
    expect(identityRule.check(table3(applicantColumns, 0), context)).toEqual([]);
    expect(identityRule.check(table3(['natural', 'commercial'], 0), context)).toEqual([]);
  });

  it('states the difference as a positive number either way round', () => {
    const report = table3(applicantColumns, 0);
    const tables = withInput(report.tables, { table: 't3', row: 'carriedForward', column: 'research' }, 2);
    const [finding] = identityRule.check({ ...report, tables }, context);
    expect(finding?.params).toMatchObject({ left: 0, right: 2, diff: 2, columnId: 'research' });
  });
});

describe('basics at their limits', () => {
  it('an organ name of spaces is missing', () => {
    expect(organMissingRule.check(emptyReport({ organ: ' \u3000 ', year: 2024 }), context)).toEqual([
      { ruleId: 'meta.organMissing', severity: 'error', cells: ['organ.name'], params: {} },
    ]);
  });

  it('the year runs from 2021 to the year after today', () => {
    expect(yearRangeRule.check(emptyReport({ year: 2020 }), context)).toEqual([
      { ruleId: 'meta.yearRange', severity: 'warning', cells: ['year'], params: { year: 2020, min: 2021, max: 2027 } },
    ]);
    expect(yearRangeRule.check(emptyReport({ year: 2027 }), context)).toEqual([]);
    expect(yearRangeRule.check(emptyReport({ year: 2028 }), { today: '2027-01-01' })).toEqual([]);
  });

  it('a date on 31 December of the report year is before the year ends; the next day is not', () => {
    const at = (date: string): Report => ({
      ...emptyReport({ organ: '某镇', year: 2024, kind: 'township' }),
      signature: { organ: '某镇', date },
    });
    expect(signatureDateRule.check(at('2024-12-31'), context)).toEqual([
      { ruleId: 'meta.dateBeforeYearEnd', severity: 'warning', cells: ['signature.date'], params: { date: '2024-12-31', year: 2024 } },
    ]);
    expect(signatureDateRule.check(at('2025-01-01'), context)).toEqual([]);
    expect(signatureDateMissingRule.check(at('2025-01-01'), context)).toEqual([]);
  });

  it('a department date after 31 January names the deadline', () => {
    const report: Report = {
      ...emptyReport({ organ: '某局', year: 2024, kind: 'department' }),
      signature: { organ: '某局', date: '2025-02-01' },
    };
    expect(signatureDateRule.check(report, context)).toEqual([
      {
        ruleId: 'meta.dateAfterDeadline',
        severity: 'warning',
        cells: ['signature.date'],
        params: { date: '2025-02-01', deadline: '2025-01-31' },
      },
    ]);
  });

  it('an opening field of spaces is missing; the rest are listed in the form’s order', () => {
    const report = emptyReport({ year: 2024 });
    const opening = {
      siteName: '某镇政府网',
      siteUrl: ' ',
      contactOffice: '党政办',
      address: '某路1号',
      postcode: '\u3000',
      phone: '0631-1234567',
    };
    expect(openingMissingRule.check({ ...report, opening }, context)).toEqual([
      {
        ruleId: 'meta.openingMissing',
        severity: 'warning',
        cells: ['opening.siteUrl', 'opening.postcode'],
        params: { fields: ['common:openingFields.siteUrl', 'common:openingFields.postcode'] },
      },
    ]);
    expect(openingMissingRule.check({ ...report, opening: { ...opening, siteUrl: 'http://x', postcode: '264200' } }, context)).toEqual([]);
  });
});
