/**
 * Rules over the narrative. Reference: 条例 第五十条 and docs/format.md §2/§6 — section 五 empty or
 * “无” is a named audit failure; section 六 must say whether 信息处理费 were charged.
 */
import { ADVISORY, type Rule } from './types.ts';

/** Shorter than this many characters of real text is not a sentence about problems and fixes. */
export const MIN_SECTION5_CHARS = 20;

const meaningful = (text: string) => text.replace(/[\s\p{P}]/gu, '');

/**
 * Whether a text has MIN_SECTION5_CHARS of real text, read from its start only: a prefix never
 * keeps more than the whole (a pair cut at its end keeps one unit of two), and most sections reach
 * the bound within a sentence, so the whole section is not copied on every run.
 */
const longEnough = (text: string) => meaningful(text.slice(0, 2 * MIN_SECTION5_CHARS)).length >= MIN_SECTION5_CHARS;

export const section5Rule: Rule = {
  id: 's5.tooShort',
  produces: ['s5.tooShort'],
  traits: ADVISORY,
  check(report) {
    const { problems, improvements } = report.narrative.problems;
    if (longEnough(problems) || longEnough(improvements)) return [];
    const length = meaningful(problems).length + meaningful(improvements).length;
    if (length >= MIN_SECTION5_CHARS) return [];
    const cells = ['narrative.problems.problems', 'narrative.problems.improvements'];
    return [{ ruleId: 's5.tooShort', severity: 'warning', cells, params: { length } }];
  },
};

export const feesRule: Rule = {
  id: 's6.fees',
  produces: ['s6.feesUnanswered', 's6.feesIncomplete'],
  traits: ADVISORY,
  check(report) {
    const fees = report.narrative.other.fees;
    if (fees.charged === null && !fees.text.trim()) {
      return [{ ruleId: 's6.feesUnanswered', severity: 'warning', cells: ['narrative.other.fees.charged'], params: {} }];
    }
    if (fees.charged === true && (fees.amountYuan === null || fees.count === null)) {
      const cells = [
        fees.amountYuan === null ? 'narrative.other.fees.amountYuan' : '',
        fees.count === null ? 'narrative.other.fees.count' : '',
      ];
      return [{ ruleId: 's6.feesIncomplete', severity: 'warning', cells: cells.filter(Boolean), params: {} }];
    }
    return [];
  },
};
