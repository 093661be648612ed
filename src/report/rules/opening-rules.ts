/**
 * A hand-written title or opening carried over from last year's report that still names last year
 * (“统计期限自2024年1月1日起，至2024年12月31日止” in the 2025 report): the printed report would state
 * the wrong period, so it refuses the final copy. The generated title and opening follow the
 * report year and cannot be stale. Reference: docs/format.md §2 (the opening's statistics period).
 */
import { narrativeAt, narrativeTextPaths } from '../narrative-paths.ts';
import { ADVISORY, BLOCKING, type Finding, type Rule } from './types.ts';

/**
 * Phrases that state the report's own period or year: the statistics period (both ends), the
 * report's name (2024年政府信息公开工作年度报告, 2024年度报告) and 结合2024年…工作实际. Other years
 * (the 条例 revised in 2019, a 2021 circular) are references and stay.
 */
const PERIOD = [
  /统计(?:期限|时限|时段|区间|时间|范围)?[^。；]{0,12}?((\d{4})年\d{1,2}月\d{1,2}日[^。；\d]{0,8}?(?:至|到|—|-|～)[^。；\d]{0,4}(\d{4})年\d{1,2}月\d{1,2}日)/g,
  /((\d{4})年度?(?:[^。；，\d]{0,20}?)政府信息公开(?:工作)?年度报告)/g,
  /(结合(\d{4})年)/g,
];

/** The stale phrases of a text: the phrase and the year it names, for every year ≠ `year`. */
export function stalePeriods(text: string, year: number): { text: string; said: number }[] {
  const out: { text: string; said: number }[] = [];
  for (const re of PERIOD) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const years = [m[2], m[3]].filter((y) => y !== undefined).map(Number);
      const said = years.find((y) => y !== year);
      if (said !== undefined) out.push({ text: m[1] ?? m[0], said });
    }
    re.lastIndex = 0;
  }
  return out;
}

export const stalePeriodRule: Rule = {
  id: 'meta.stalePeriod',
  produces: ['meta.stalePeriod'],
  traits: BLOCKING,
  check(report): Finding[] {
    const findings: Finding[] = [];
    for (const [path, text] of [
      ['preamble.title', report.preamble.title],
      ['preamble.opening', report.preamble.opening],
    ] as const) {
      if (!text) continue;
      for (const stale of stalePeriods(text, report.year))
        findings.push({
          ruleId: 'meta.stalePeriod',
          severity: 'error',
          cells: [path],
          params: { text: stale.text, said: stale.said, year: report.year },
        });
    }
    return findings;
  },
};

/**
 * A sentence that reports last year as the year of the report: “2024年，我镇主动公开…” kept
 * unchanged in the 2025 report. Only a sentence that opens with last year followed by what was done
 * (，我…, 全年…, 共…, 累计…): “2024年以来” and “较2024年” are comparisons and stay.
 *
 * One pass of a pattern anchored at the starts of sentences (the text's start, or after 。！？!? or
 * a line break, as `sentencesOf` splits) instead of splitting every text into sentences: nearly
 * no sentence opens with a year, and the split cost more than the rest of the rule.
 */
const OPENS_WITH_YEAR = /(?:^|[。！？!?\n])\s*(\d{4})年度?(?:[，,]|(?=我|全|共|累计|本))/g;
const SENTENCE_END = /[。！？!?\n]/g;

/** The first sentence of `text` that opens with the year `said`, trimmed, or null. */
export function sentenceOpeningWith(text: string, said: number): string | null {
  OPENS_WITH_YEAR.lastIndex = 0;
  for (let m = OPENS_WITH_YEAR.exec(text); m; m = OPENS_WITH_YEAR.exec(text)) {
    if (Number(m[1]) !== said) continue;
    // The sentence runs from the year (its leading spaces are trimmed) to its end mark (a line
    // break is trimmed off again).
    const start = m.index + m[0].search(/\d/);
    SENTENCE_END.lastIndex = start;
    const end = SENTENCE_END.exec(text);
    OPENS_WITH_YEAR.lastIndex = 0;
    return text.slice(start, end ? end.index + 1 : text.length).trim();
  }
  OPENS_WITH_YEAR.lastIndex = 0;
  return null;
}

export const lastYearAsThisRule: Rule = {
  id: 'narrative.lastYearAsThis',
  produces: ['narrative.lastYearAsThis'],
  traits: ADVISORY,
  check(report): Finding[] {
    const findings: Finding[] = [];
    const said = report.year - 1;
    for (const path of narrativeTextPaths()) {
      const sentence = sentenceOpeningWith(narrativeAt(report.narrative, path) ?? '', said);
      if (sentence === null) continue;
      findings.push({
        ruleId: 'narrative.lastYearAsThis',
        severity: 'warning',
        cells: [path],
        params: { sentence, said, year: report.year },
      });
    }
    return findings;
  },
};
