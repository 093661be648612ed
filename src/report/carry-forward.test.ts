import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { parseDraft, renderFinding, runRules, serializeDraft, withInput, type Report } from './index.ts';
import { isUnchangedFromLastYear, previousValue, startNextYear } from './carry-forward.ts';
import { textSimilarity } from './rules/previous-year-rules.ts';

function seed(file: string): Report {
  const parsed = parseDraft(readFileSync(new URL(`./fixtures/seeds/${file}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('seed');
  return parsed.draft.report;
}
const last = seed('002-huancui-2024.draft.json');
const yearRules = (r: Report) => runRules(r, { today: '2026-01-20' }).filter((f) => f.ruleId.startsWith('prev.'));

describe('starting from last year', () => {
  const next = startNextYear(last);

  it('copies organ and opening, moves the year, blanks the tables but carries 结转 forward', () => {
    expect(next.organ).toEqual(last.organ);
    expect(next.opening).toEqual(last.opening);
    expect(next.year).toBe(2025);
    expect(next.signature).toEqual({ organ: last.signature.organ, date: '' });
    expect(next.tables.t3.carriedOver).toEqual({ natural: 9, commercial: 0, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0 });
    expect(next.tables.t3.newReceived.natural).toBeNull();
    expect(next.tables.t2.normativeDocs.inForce).toBeNull();
  });

  it('remembers last year through save and reopen', () => {
    const reopened = parseDraft(serializeDraft(next));
    if (!reopened.ok) throw new Error(reopened.error.code);
    expect(reopened.draft.report.previous?.year).toBe(2024);
    expect(previousValue(reopened.draft.report, { table: 't3', row: 'newReceived', column: 'total' })).toBe(156);
    expect(previousValue(reopened.draft.report, { table: 't2', row: 'licensing', column: 'decisions' })).toBe(43540);
    expect(previousValue(last, { table: 't3', row: 'newReceived', column: 'total' })).toBeNull();
  });

  it('marks copied narrative as last year’s until edited', () => {
    const path = 'narrative.overview.areas.proactive.text';
    expect(isUnchangedFromLastYear(next, path)).toBe(true);
    const edited = structuredClone(next);
    edited.narrative.overview.areas.proactive.text += '2025年新增。';
    expect(isUnchangedFromLastYear(edited, path)).toBe(false);
    expect(isUnchangedFromLastYear(next, 'narrative.other.keyPoints')).toBe(next.previous?.narrative.other.keyPoints.trim() !== '');
    expect(isUnchangedFromLastYear(last, path)).toBe(false);
  });

  it('compares the words, not the spaces and line breaks around them, and never flags a field blank last year', () => {
    // Editing may add an indent or drop a trailing line break without changing a word: still last
    // year's text. A field that held only a line break last year had nothing to copy.
    const path = 'narrative.problems.improvements';
    const copy = structuredClone(next);
    if (!copy.previous) throw new Error('no previous year');
    const text = copy.previous.narrative.problems.improvements;
    expect(text.trim()).not.toBe('');
    copy.narrative.problems.improvements = `\u3000\u3000${text}\n`;
    expect(isUnchangedFromLastYear(copy, path)).toBe(true);
    copy.previous.narrative.problems.improvements = `${text}\n`;
    copy.narrative.problems.improvements = text;
    expect(isUnchangedFromLastYear(copy, path)).toBe(true);
    copy.previous.narrative.other.keyPoints = '\n';
    copy.narrative.other.keyPoints = '';
    expect(isUnchangedFromLastYear(copy, 'narrative.other.keyPoints')).toBe(false);
  });

  it('warns about 上年结转 ≠ last year’s 结转下年度, per column', () => {
    const changed = { ...next, tables: withInput(next.tables, { table: 't3', row: 'carriedOver', column: 'natural' }, 7) };
    const findings = yearRules(changed).filter((f) => f.ruleId === 'prev.carryOver');
    expect(findings).toEqual([
      expect.objectContaining({
        cells: ['t3.carriedOver.natural'],
        params: expect.objectContaining({ value: 7, previous: 9, year: 2024 }),
      }),
    ]);
    expect(renderFinding(findings[0]!, createI18n('zh-CN'))).toBe('表三“二、上年结转”自然人列为7，而2024年报告“四、结转下年度继续办理”为9');
    expect(yearRules(next).filter((f) => f.ruleId === 'prev.carryOver')).toEqual([]);
  });

  it('warns when 现行有效 ≠ last year’s + 制发 − 废止', () => {
    let tables = next.tables;
    for (const [column, value] of [
      ['issued', 3],
      ['repealed', 1],
      ['inForce', 18],
    ] as const)
      tables = withInput(tables, { table: 't2', row: 'normativeDocs', column }, value);
    expect(yearRules({ ...next, tables }).filter((f) => f.ruleId === 'prev.inForce')).toEqual([]);
    tables = withInput(tables, { table: 't2', row: 'normativeDocs', column: 'inForce' }, 20);
    expect(yearRules({ ...next, tables }).filter((f) => f.ruleId === 'prev.inForce')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ value: 20, expected: 18, previous: 16 }) }),
    ]);
  });

  it('warns about text more than 80% identical to last year (内容雷同)', () => {
    const similar = yearRules(next).filter((f) => f.ruleId === 'prev.similarText');
    expect(similar.length).toBeGreaterThan(3);
    expect(similar.map((f) => f.cells[0])).toContain('narrative.overview.areas.proactive.text');
    const rewritten = structuredClone(next);
    rewritten.narrative.overview.intro =
      '2025年，我区围绕优化营商环境和基层政务公开标准化规范化建设，重点推进政策解读、依申请办理质效和政务新媒体管理。';
    expect(yearRules(rewritten).map((f) => f.cells[0])).not.toContain('narrative.overview.intro');
  });

  it('similarity ignores changed years and figures', () => {
    expect(textSimilarity('2024年全区新收政府信息公开申请156件。', '2025年全区新收政府信息公开申请170件。')).toBe(1);
    expect(textSimilarity('完全不同的一段文字内容', '政府信息公开工作年度报告')).toBeLessThan(0.2);
  });
});
