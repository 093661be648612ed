/**
 * The findings of the basics rules as the UI receives them (issue 18): which cell each marks and
 * the parameters its message is written from, at the edges of the year range and the deadlines.
 */
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty.ts';
import type { Report } from '../schema.ts';
import { openingMissingRule, organMissingRule, signatureDateRule, yearRangeRule } from './meta-rules.ts';

const context = { today: '2026-11-21' };
const filledOpening = {
  siteName: '某镇人民政府网',
  siteUrl: 'http://x.gov.cn',
  contactOffice: '党政办',
  address: '某路1号',
  postcode: '264200',
  phone: '0631-5208761',
};

describe('meta.organMissing', () => {
  it('marks the organ name, also when it holds only spaces', () => {
    for (const name of ['', '  \u3000']) {
      const report = { ...emptyReport({ year: 2024 }), organ: { name, kind: 'township' as const } };
      expect(organMissingRule.check(report, context)).toEqual([
        { ruleId: 'meta.organMissing', severity: 'error', cells: ['organ.name'], params: {} },
      ]);
    }
  });
});

describe('meta.yearRange', () => {
  it('accepts 2021 up to the year after today, and names the range it wanted', () => {
    const years = (y: number) => yearRangeRule.check(emptyReport({ year: y }), context);
    expect(years(2021)).toEqual([]);
    expect(years(2027)).toEqual([]);
    for (const year of [2020, 2028]) {
      expect(years(year)).toEqual([
        { ruleId: 'meta.yearRange', severity: 'warning', cells: ['year'], params: { year, min: 2021, max: 2027 } },
      ]);
    }
  });

  it('takes the upper end from the year of today', () => {
    expect(yearRangeRule.check(emptyReport({ year: 2031 }), { today: '2030-01-01' })).toEqual([]);
    expect(yearRangeRule.check(emptyReport({ year: 2032 }), { today: '2030-12-31' })[0]?.params).toEqual({
      year: 2032,
      min: 2021,
      max: 2031,
    });
  });
});

describe('meta.signatureDate', () => {
  const signed = (date: string, deadline?: string): Report => {
    const base = emptyReport({ organ: '某局', year: 2024, kind: 'department' });
    return { ...base, signature: { organ: '某局', date, ...(deadline === undefined ? {} : { deadline }) } };
  };

  it('a date within the report year is flagged with the date and the year', () => {
    expect(signatureDateRule.check(signed('2024-06-30'), context)).toEqual([
      { ruleId: 'meta.dateBeforeYearEnd', severity: 'warning', cells: ['signature.date'], params: { date: '2024-06-30', year: 2024 } },
    ]);
  });

  it('a date past the statutory deadline names the deadline', () => {
    expect(signatureDateRule.check(signed('2025-02-01'), context)).toEqual([
      {
        ruleId: 'meta.dateAfterDeadline',
        severity: 'warning',
        cells: ['signature.date'],
        params: { date: '2025-02-01', deadline: '2025-01-31' },
      },
    ]);
  });

  it('a deadline set in 基本信息 replaces the statutory one, and says it was set', () => {
    expect(signatureDateRule.check(signed('2025-02-01', '2025-03-15'), context)).toEqual([]);
    expect(signatureDateRule.check(signed('2025-01-20', '2025-01-15'), context)).toEqual([
      {
        ruleId: 'meta.dateAfterSetDeadline',
        severity: 'warning',
        cells: ['signature.date'],
        params: { date: '2025-01-20', deadline: '2025-01-15' },
      },
    ]);
    // On the day of the set deadline is in time.
    expect(signatureDateRule.check(signed('2025-01-15', '2025-01-15'), context)).toEqual([]);
  });
});

describe('meta.openingMissing', () => {
  it('says nothing when every field is filled', () => {
    expect(openingMissingRule.check({ ...emptyReport({ year: 2024 }), opening: filledOpening }, context)).toEqual([]);
  });

  it('names each blank field, a field of spaces counting as blank, in the order of the form', () => {
    const opening = { ...filledOpening, siteUrl: ' ', phone: '' };
    expect(openingMissingRule.check({ ...emptyReport({ year: 2024 }), opening }, context)).toEqual([
      {
        ruleId: 'meta.openingMissing',
        severity: 'warning',
        cells: ['opening.siteUrl', 'opening.phone'],
        params: { fields: ['common:openingFields.siteUrl', 'common:openingFields.phone'] },
      },
    ]);
  });
});
