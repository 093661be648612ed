import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { emptyReport, renderFinding, startNextYear, hasErrors, traitsOf, type Report } from '../index.ts';
import { lastYearAsThisRule, sentenceOpeningWith, stalePeriodRule, stalePeriods } from './opening-rules.ts';
import { sentencesOf } from './prose/numbers-in-text.ts';

const opening = (year: number, text: string | null, title: string | null = null): Report => {
  const report = emptyReport({ organ: '某某镇人民政府', year });
  return { ...report, preamble: { title, opening: text } };
};
const check = (r: Report) => stalePeriodRule.check(r, { today: '2026-02-01' });

describe('an opening that still names last year', () => {
  it('the statistics period of 2024 in the 2025 report is an error that blocks the final copy', () => {
    const findings = check(opening(2025, '本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。'));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'meta.stalePeriod',
        severity: 'error',
        cells: ['preamble.opening'],
        params: expect.objectContaining({ said: 2024, year: 2025 }),
      }),
    ]);
    expect(hasErrors(findings)).toBe(true);
    expect(traitsOf(findings[0]!).blocksFinal).toBe(true);
    const zh = renderFinding(findings[0]!, createI18n('zh-CN'));
    expect(zh).toContain('2024年1月1日起，至2024年12月31日');
    expect(zh).toContain('报告年度2025年');
    expect(renderFinding(findings[0]!, createI18n('en'))).toContain('not the report year 2025');
  });
  it('either end of the period, the report name and 结合…年 count; the right year does not', () => {
    expect(stalePeriods('统计期限自2025年1月1日至2024年12月31日止', 2025).map((s) => s.said)).toEqual([2024]);
    expect(stalePeriods('编制了白石山镇2024年政府信息公开工作年度报告', 2025).map((s) => s.said)).toEqual([2024]);
    expect(stalePeriods('结合2024年蔄山镇人民政府信息公开工作实际，编制发布本报告。', 2025).map((s) => s.said)).toEqual([2024]);
    expect(stalePeriods('统计期限自2025年1月1日起至2025年12月31日止。结合2025年工作实际。', 2025)).toEqual([]);
  });
  it('references to other years are not the period (条例 of 2019, a 2021 circular)', () => {
    expect(stalePeriods('根据2019年修订的《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求。', 2025)).toEqual([]);
  });
  it('a hand-written title is checked too; the generated ones follow the year', () => {
    expect(check(opening(2025, null, '某某镇2024年政府信息公开工作年度报告')).map((f) => f.cells)).toEqual([['preamble.title']]);
    expect(check(opening(2025, null))).toEqual([]);
  });
  it('carried forward unchanged, the opening is stale; changed to the new year, it is not', () => {
    const last = opening(2024, '统计期限自2024年1月1日起至2024年12月31日止。');
    const next = startNextYear(last);
    expect(check(next).map((f) => f.params.said)).toEqual([2024]);
    expect(check({ ...next, preamble: { ...next.preamble, opening: '统计期限自2025年1月1日起至2025年12月31日止。' } })).toEqual([]);
  });
});

describe('a paragraph that reports last year as this year', () => {
  const withIntro = (year: number, intro: string): Report => {
    const report = emptyReport({ organ: '某某镇人民政府', year });
    return { ...report, narrative: { ...report.narrative, overview: { ...report.narrative.overview, intro } } };
  };
  const check = (r: Report) => lastYearAsThisRule.check(r, { today: '2026-02-01' });
  it('2024年，我镇主动公开… kept in the 2025 report is a warning at the paragraph, quoting it', () => {
    const findings = check(withIntro(2025, '2024年，我镇主动公开政府信息86条。'));
    expect(findings).toEqual([
      {
        ruleId: 'narrative.lastYearAsThis',
        severity: 'warning',
        cells: ['narrative.overview.intro'],
        params: { sentence: '2024年，我镇主动公开政府信息86条。', said: 2024, year: 2025 },
      },
    ]);
    expect(renderFinding(findings[0]!, createI18n('zh-CN'))).toContain('以2024年开头');
    expect(renderFinding(findings[0]!, createI18n('en'))).toContain('this report is for 2025');
    expect(check(withIntro(2025, '为民服务。2024年我局共在门户网站公开政府信息117条。'))).toHaveLength(1);
  });
  it('comparisons with last year and this year’s own sentences stay', () => {
    for (const intro of ['2025年，我镇主动公开政府信息86条。', '2024年以来，我镇持续推进政务公开。', '较2024年增加12件。', '2023年，我镇…'])
      expect(check(withIntro(2025, intro))).toEqual([]);
  });
});

describe('sentenceOpeningWith', () => {
  /** The rule before it scanned sentence starts: every sentence split off, then tested. */
  const bySentences = (text: string, said: number): string | null => {
    for (const { sentence } of sentencesOf(text)) {
      if (Number(/^\s*(\d{4})年度?(?:[，,]|(?=我|全|共|累计|本))/.exec(sentence)?.[1]) === said) return sentence.trim();
    }
    return null;
  };
  const junk = fc.array(fc.constantFrom('2024', '年', '，', '我', '以来', 'x', '镇', ' ', '\u3000', '\t', '\ufeff'), { maxLength: 4 });
  /** A stretch that may open with a year: spaces, a year, 年 or 年度, what follows. */
  const opening = fc
    .tuple(
      fc.constantFrom('', ' ', '\u3000 ', '\n', ' \n '),
      fc.constantFrom('2024', '2023', '12024', '202'),
      fc.constantFrom('年', '年度', ''),
      fc.constantFrom('，', ',', '我', '全', '共', '累计', '本', '以来', ''),
      junk,
    )
    .map(([space, year, nian, next, rest]) => space + year + nian + next + rest.join(''));
  const text = fc
    .array(
      fc.tuple(
        fc.oneof(
          opening,
          junk.map((j) => j.join('')),
        ),
        fc.constantFrom('。', '！', '？', '!', '?', '\n', '', '。。', '\r\n'),
      ),
      {
        maxLength: 6,
      },
    )
    .map((parts) => parts.map(([a, b]) => a + b).join(''));

  it('finds the sentence that splitting into sentences finds', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(2023, 2024), (t, said) => {
        expect(sentenceOpeningWith(t, said)).toBe(bySentences(t, said));
      }),
      { numRuns: 3000 },
    );
  });

  it('quotes the sentence whole, from the year to its end mark', () => {
    expect(sentenceOpeningWith('为民服务。\n  2024年，我镇公开86条！其后', 2024)).toBe('2024年，我镇公开86条！');
    expect(sentenceOpeningWith('2024年，我镇公开86条 \n其后', 2024)).toBe('2024年，我镇公开86条');
    expect(sentenceOpeningWith('较2024年，增加', 2024)).toBeNull();
  });
});
