import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createI18n } from '../i18n/index.ts';
import { emptyReport } from './empty.ts';
import { daysUntil, defaultDeadline, effectiveDeadline } from './deadline.ts';
import { renderFinding, runRules } from './rules/engine.ts';
import { parseDraft } from './draft/parse.ts';
import { serializeDraft } from './draft/envelope.ts';
import { reportSchema, type Report } from './schema.ts';

const zh = createI18n('zh-CN');
const en = createI18n('en');

const report = (kind: Report['organ']['kind'], signature: Partial<Report['signature']>): Report => {
  const r = emptyReport({ year: 2025, organ: '某区住房和城乡建设局', kind });
  return { ...r, signature: { ...r.signature, ...signature } };
};
const dateFindings = (r: Report) => runRules(r, { today: '2026-01-20' }).filter((f) => f.ruleId.startsWith('meta.dateAfter'));

describe('the publication deadline', () => {
  it('defaults by organ kind (条例第四十九条): departments 31 January, governments 31 March, townships none', () => {
    expect(defaultDeadline('department', 2025)).toBe('2026-01-31');
    expect(defaultDeadline('government', 2025)).toBe('2026-03-31');
    expect(defaultDeadline('township', 2025)).toBeNull();
    expect(defaultDeadline('other', 2025)).toBeNull();
  });

  it('is the one set in 基本信息 when there is one, else the default; empty means the default', () => {
    expect(effectiveDeadline(report('township', { deadline: '2026-02-15' }))).toEqual({ date: '2026-02-15', source: 'set' });
    expect(effectiveDeadline(report('government', {}))).toEqual({ date: '2026-03-31', source: 'default' });
    expect(effectiveDeadline(report('government', { deadline: '' }))).toEqual({ date: '2026-03-31', source: 'default' });
    expect(effectiveDeadline(report('township', {}))).toBeNull();
  });

  it('counts the days left from the today it is given: 0 on the day, negative once past', () => {
    expect(daysUntil('2026-03-31', '2026-03-01')).toBe(30);
    expect(daysUntil('2026-03-31', '2026-03-31')).toBe(0);
    expect(daysUntil('2026-01-31', '2026-02-03')).toBe(-3);
    expect(daysUntil('2025-03-01', '2024-02-28')).toBe(367);
  });

  it('daysUntil agrees with calendar arithmetic (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 365 }), fc.integer({ min: -800, max: 800 }), (start, delta) => {
        const day = (n: number) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        expect(daysUntil(day(start + delta), day(start))).toBe(delta);
      }),
      { seed: 12 },
    );
  });
});

describe('a 落款日期 after the deadline', () => {
  it('warns against the deadline set in 基本信息, naming it, with the date field as the place to fix', () => {
    const [f, ...rest] = dateFindings(report('township', { date: '2026-02-20', deadline: '2026-02-15' }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'meta.dateAfterSetDeadline', severity: 'warning', cells: ['signature.date'], section: 'basics' });
    expect(renderFinding(f!, zh)).toBe('落款日期2026-02-20晚于基本信息中设定的发布期限2026-02-15');
    expect(renderFinding(f!, en)).toContain('after the publication deadline 2026-02-15 set in the basics');
  });

  it('warns against the statutory default when none is set, and not on the day itself', () => {
    expect(dateFindings(report('department', { date: '2026-02-01' }))).toMatchObject([
      { ruleId: 'meta.dateAfterDeadline', params: { deadline: '2026-01-31' } },
    ]);
    expect(dateFindings(report('department', { date: '2026-01-31' }))).toEqual([]);
    // A set deadline replaces the default: a department allowed until 10 February.
    expect(dateFindings(report('department', { date: '2026-02-01', deadline: '2026-02-10' }))).toEqual([]);
  });

  it('says nothing for a township without a deadline', () => {
    expect(dateFindings(report('township', { date: '2026-06-30' }))).toEqual([]);
  });
});

describe('save → reopen', () => {
  it('keeps a deadline set in 基本信息', () => {
    const r = report('township', { date: '2026-02-01', deadline: '2026-02-15' });
    const reopened = parseDraft(serializeDraft(r));
    if (!reopened.ok) throw new Error(reopened.error.code);
    expect(reopened.draft.report.signature).toEqual({ organ: '某区住房和城乡建设局', date: '2026-02-01', deadline: '2026-02-15' });
    expect(reopened.draft.report).toEqual(r);
  });

  it('opens a draft written before the field existed (no version bump): the default applies', () => {
    const r = report('government', { date: '2026-02-01' });
    const text = serializeDraft(r);
    expect(text).not.toContain('deadline');
    const reopened = parseDraft(text);
    if (!reopened.ok) throw new Error(reopened.error.code);
    expect(effectiveDeadline(reopened.draft.report)).toEqual({ date: '2026-03-31', source: 'default' });
  });

  it('refuses a deadline that is not a date', () => {
    expect(reportSchema.safeParse(report('township', { deadline: '3月31日' })).success).toBe(false);
  });
});
