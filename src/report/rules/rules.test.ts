import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { emptyReport } from '../empty.ts';
import { emptyTables, fillBlanks, withInput } from '../tables.ts';
import { TABLES } from '../definition/index.ts';
import { inputCells } from '../cells.ts';
import { seedDraft, SEED_IDS } from '../fixtures/seeds.ts';
import type { Report } from '../schema.ts';
import { DEFAULT_RULES } from './registry.ts';
import { hasErrors, renderFinding, runRules } from './engine.ts';
import { blankRule, identityRule, invalidValueRule, townshipRulesRule } from './table-rules.ts';
import { openingMissingRule, organMissingRule, signatureDateMissingRule, signatureDateRule, yearRangeRule } from './meta-rules.ts';
import { feesRule, section5Rule } from './narrative-rules.ts';
import type { Rule } from './types.ts';

const context = { today: '2026-11-21' };
const seed = (id: (typeof SEED_IDS)[number]) => seedDraft(id).report;
const ids = (rule: Rule, report: Report) => rule.check(report, context).map((f) => f.ruleId);

function allZero(report: Report): Report {
  return { ...report, tables: TABLES.reduce((t, table) => fillBlanks(t, table, 0), emptyTables()) };
}

describe('rule registry', () => {
  it('every finding a rule can produce has a message in both locales', () => {
    const zh = createI18n('zh-CN');
    const en = createI18n('en');
    for (const rule of DEFAULT_RULES) {
      expect(rule.produces.length).toBeGreaterThan(0);
      for (const id of rule.produces) {
        expect(zh.exists(`rules:${id}`), id).toBe(true);
        expect(en.exists(`rules:${id}`), id).toBe(true);
      }
    }
  });

  it('rules only produce the findings they declare', () => {
    const reports = [emptyReport({ year: 2024 }), ...SEED_IDS.map(seed)];
    for (const rule of DEFAULT_RULES) {
      for (const report of reports) for (const f of rule.check(report, context)) expect(rule.produces).toContain(f.ruleId);
    }
  });

  it('the five seeds have no table errors', () => {
    for (const id of SEED_IDS) {
      const findings = runRules(seed(id), context).filter((f) => f.ruleId.startsWith('table.'));
      expect(findings, id).toEqual([]);
    }
  });
});

describe('table.identity', () => {
  it('names the column and the difference, and also flags the 总计 column', () => {
    const report = seed('002');
    const broken = { ...report, tables: withInput(report.tables, { table: 't3', row: 'carriedForward', column: 'natural' }, 8) };
    const findings = identityRule.check(broken, context);
    expect(findings.map((f) => f.params.columnId)).toEqual(['natural', 'total']);
    expect(findings[0]?.params).toMatchObject({ left: 159, right: 158, diff: 1, column: '自然人' });
    expect(renderFinding(findings[0]!, createI18n('zh-CN'))).toBe(
      '第一项加第二项之和（159）不等于第三项加第四项之和（158）：自然人列相差1',
    );
    expect(findings[0]?.cells).toContain('t3.carriedForward.natural');
    expect(hasErrors(findings)).toBe(true);
  });

  it('waits until a column is filled before judging it', () => {
    const report = emptyReport({ year: 2024 });
    const partly = { ...report, tables: withInput(report.tables, { table: 't3', row: 'newReceived', column: 'natural' }, 4) };
    expect(identityRule.check(partly, context)).toEqual([]);
  });
});

describe('table.blank', () => {
  it('reports blank cells per table as errors, and nothing once all are 0', () => {
    const report = emptyReport({ year: 2024 });
    const findings = blankRule.check(report, context);
    expect(findings.map((f) => [f.params.table, f.params.count])).toEqual(TABLES.map((t) => [t.number, inputCells(t).length]));
    expect(blankRule.check(allZero(report), context)).toEqual([]);
  });
});

describe('table.invalidCount / table.invalidAmount', () => {
  it('flags negative, fractional and malformed values built in memory', () => {
    let tables = allZero(emptyReport({ year: 2024 })).tables;
    tables = withInput(tables, { table: 't3', row: 'newReceived', column: 'natural' }, -1);
    tables = withInput(tables, { table: 't4', row: 'review', column: 'upheld' }, 1.5);
    tables = withInput(tables, { table: 't2', row: 'fees', column: 'amount' }, '1.2345671');
    const findings = invalidValueRule.check({ ...emptyReport({ year: 2024 }), tables }, context);
    expect(findings.map((f) => [f.ruleId, f.cells[0]])).toEqual([
      ['table.invalidAmount', 't2.fees.amount'],
      ['table.invalidCount', 't3.newReceived.natural'],
      ['table.invalidCount', 't4.review.upheld'],
    ]);
  });
});

describe('t2.townshipRules', () => {
  it('warns a township that reports 规章, not a government', () => {
    const report = allZero(emptyReport({ year: 2024, kind: 'township' }));
    const withRules = { ...report, tables: withInput(report.tables, { table: 't2', row: 'rules', column: 'inForce' }, 2) };
    expect(townshipRulesRule.check(withRules, context)).toEqual([
      { ruleId: 't2.townshipRules', severity: 'warning', cells: ['t2.rules.inForce'], params: { value: 2 } },
    ]);
    expect(townshipRulesRule.check({ ...withRules, organ: { ...withRules.organ, kind: 'government' } }, context)).toEqual([]);
    expect(townshipRulesRule.check(report, context)).toEqual([]);
  });
});

describe('meta rules', () => {
  it('meta.organMissing is an error', () => {
    expect(organMissingRule.check(emptyReport({ year: 2024 }), context)[0]?.severity).toBe('error');
    expect(ids(organMissingRule, emptyReport({ organ: '某镇人民政府', year: 2024 }))).toEqual([]);
  });

  it('meta.yearRange: between 2021 and next year', () => {
    expect(ids(yearRangeRule, emptyReport({ year: 2027 }))).toEqual([]);
    expect(ids(yearRangeRule, emptyReport({ year: 2028 }))).toEqual(['meta.yearRange']);
    expect(ids(yearRangeRule, emptyReport({ year: 2021 }))).toEqual([]);
  });

  it('signature date: missing, before the year ends, after the deadline of the organ kind', () => {
    const base = emptyReport({ organ: '某局', year: 2024, kind: 'department' });
    const at = (date: string, kind = base.organ.kind) => ({ ...base, organ: { ...base.organ, kind }, signature: { organ: '某局', date } });
    // Issue 12: a missing date is now its own rule, an error that refuses the final copy.
    expect(ids(signatureDateRule, base)).toEqual([]);
    expect(signatureDateMissingRule.check(base, { today: '2025-01-10' })).toEqual([
      { ruleId: 'meta.dateMissing', severity: 'error', cells: ['signature.date'], params: {} },
    ]);
    expect(signatureDateMissingRule.traits.blocksFinal).toBe(true);
    expect(signatureDateMissingRule.check(at('2025-01-20'), { today: '2025-01-10' })).toEqual([]);
    expect(ids(signatureDateRule, at('2024-12-31'))).toEqual(['meta.dateBeforeYearEnd']);
    expect(ids(signatureDateRule, at('2025-01-31'))).toEqual([]);
    expect(ids(signatureDateRule, at('2025-02-01'))).toEqual(['meta.dateAfterDeadline']);
    expect(ids(signatureDateRule, at('2025-03-31', 'government'))).toEqual([]);
    expect(ids(signatureDateRule, at('2025-04-01', 'government'))).toEqual(['meta.dateAfterDeadline']);
    expect(ids(signatureDateRule, at('2025-06-01', 'township'))).toEqual([]);
  });

  it('meta.openingMissing lists the missing fields in the UI language', () => {
    const report = seed('002');
    const findings = openingMissingRule.check(report, context);
    expect(findings[0]?.cells).toEqual(['opening.postcode']);
    expect(renderFinding(findings[0]!, createI18n('zh-CN'))).toBe('开头段落缺少：邮编');
    const empty = openingMissingRule.check(emptyReport({ year: 2024 }), context);
    expect(renderFinding(empty[0]!, createI18n('en'))).toBe(
      'The opening paragraph lacks: website name, URL, contact office, address, postcode, phone',
    );
  });
});

describe('narrative rules', () => {
  it('s5.tooShort: empty or “无” warns; a real paragraph does not', () => {
    const report = emptyReport({ year: 2024 });
    expect(ids(section5Rule, report)).toEqual(['s5.tooShort']);
    const nothing = { ...report, narrative: { ...report.narrative, problems: { problems: '无', improvements: '' } } };
    expect(ids(section5Rule, nothing)).toEqual(['s5.tooShort']);
    expect(ids(section5Rule, seed('002'))).toEqual([]);
  });

  it('s6 fees: unanswered, charged without amount, answered', () => {
    const report = emptyReport({ year: 2024 });
    expect(ids(feesRule, report)).toEqual(['s6.feesUnanswered']);
    const fees = (f: Partial<Report['narrative']['other']['fees']>) => ({
      ...report,
      narrative: { ...report.narrative, other: { ...report.narrative.other, fees: { ...report.narrative.other.fees, ...f } } },
    });
    expect(ids(feesRule, fees({ charged: true }))).toEqual(['s6.feesIncomplete']);
    expect(ids(feesRule, fees({ charged: true, amountYuan: '120', count: 2 }))).toEqual([]);
    expect(ids(feesRule, fees({ charged: false }))).toEqual([]);
    // The finding marks only the field still empty.
    const cells = (f: Partial<Report['narrative']['other']['fees']>) => feesRule.check(fees(f), context).map((x) => x.cells);
    expect(cells({ charged: true })).toEqual([['narrative.other.fees.amountYuan', 'narrative.other.fees.count']]);
    expect(cells({ charged: true, amountYuan: '120' })).toEqual([['narrative.other.fees.count']]);
    expect(cells({ charged: true, count: 2 })).toEqual([['narrative.other.fees.amountYuan']]);
    // A written answer without the yes/no is not 未答.
    expect(ids(feesRule, fees({ text: '本年度未收取信息处理费。' }))).toEqual([]);
  });
});

describe('runRules', () => {
  it('orders findings by wizard step and assigns their section', () => {
    const findings = runRules(emptyReport({ year: 2024 }), context);
    expect(findings[0]?.section).toBe('basics');
    expect(findings.find((f) => f.ruleId === 'table.blank')?.section).toBe('proactive');
    expect(findings.at(-1)?.section).toBe('other');
  });
});
