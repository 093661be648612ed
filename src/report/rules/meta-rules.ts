/**
 * Rules over the organ, year, opening block and signature. Reference: 条例 第四十九条 (deadlines),
 * docs/format.md §2 (opening paragraph contents; date under the signature) and §6 (missing date).
 */
import { FIRST_FORMAT_YEAR } from '../definition/index.ts';
import { effectiveDeadline } from '../deadline.ts';
import type { Opening } from '../schema.ts';
import { ADVISORY, BLOCKING, type Finding, type Rule } from './types.ts';

export const organMissingRule: Rule = {
  id: 'meta.organMissing',
  produces: ['meta.organMissing'],
  // Refuses the final export, yet only says the basics are not finished.
  traits: { ...BLOCKING, marksIncomplete: true },
  check: (report) =>
    report.organ.name.trim() ? [] : [{ ruleId: 'meta.organMissing', severity: 'error', cells: ['organ.name'], params: {} }],
};

export const yearRangeRule: Rule = {
  id: 'meta.yearRange',
  produces: ['meta.yearRange'],
  traits: ADVISORY,
  check(report, context) {
    const max = Number(context.today.slice(0, 4)) + 1;
    if (report.year >= FIRST_FORMAT_YEAR && report.year <= max) return [];
    return [{ ruleId: 'meta.yearRange', severity: 'warning', cells: ['year'], params: { year: report.year, min: FIRST_FORMAT_YEAR, max } }];
  },
};

/**
 * The final copy is signed and dated (docs/format.md §2, §6: a report published without a date is
 * a real audit failure): a missing 落款日期 refuses it, and the basics step shows 填写中.
 */
export const signatureDateMissingRule: Rule = {
  id: 'meta.dateMissing',
  produces: ['meta.dateMissing'],
  traits: { ...BLOCKING, marksIncomplete: true },
  check: (report) =>
    report.signature.date ? [] : [{ ruleId: 'meta.dateMissing', severity: 'error', cells: ['signature.date'], params: {} }],
};

export const signatureDateRule: Rule = {
  id: 'meta.signatureDate',
  produces: ['meta.dateBeforeYearEnd', 'meta.dateAfterDeadline', 'meta.dateAfterSetDeadline'],
  traits: ADVISORY,
  check(report): Finding[] {
    const date = report.signature.date;
    const cells = ['signature.date'];
    if (!date) return [];
    const findings: Finding[] = [];
    if (date <= `${report.year}-12-31`) {
      findings.push({ ruleId: 'meta.dateBeforeYearEnd', severity: 'warning', cells, params: { date, year: report.year } });
    }
    const deadline = effectiveDeadline(report);
    if (deadline && date > deadline.date)
      findings.push({
        ruleId: deadline.source === 'set' ? 'meta.dateAfterSetDeadline' : 'meta.dateAfterDeadline',
        severity: 'warning',
        cells,
        params: { date, deadline: deadline.date },
      });
    return findings;
  },
};

const OPENING_FIELDS: readonly (keyof Opening)[] = ['siteName', 'siteUrl', 'contactOffice', 'address', 'postcode', 'phone'];

export const openingMissingRule: Rule = {
  id: 'meta.openingMissing',
  produces: ['meta.openingMissing'],
  traits: ADVISORY,
  check(report) {
    const missing = OPENING_FIELDS.filter((f) => !report.opening[f].trim());
    if (missing.length === 0) return [];
    return [
      {
        ruleId: 'meta.openingMissing',
        severity: 'warning',
        cells: missing.map((f) => `opening.${f}`),
        params: { fields: missing.map((f) => `common:openingFields.${f}` as const) },
      },
    ];
  },
};
