/**
 * The prose scanner and the zero phrases against the regexes they replaced: the same results on
 * any text (property tests, and every real report we have), and work that grows linearly with the
 * input on the shapes that were quadratic (steps counted, never milliseconds).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../../chinese-numerals.ts';
import { CLAUSE_BUDGET_PER_CHAR, countsIn, hasCount, scanSteps, sentencesOf } from './numbers-in-text.ts';
import { KEY_FIGURES, saysZero, type KeyFigure } from './key-figures.ts';

// The regexes as they were before the scanner (reference only: quadratic on long runs).
const OLD_COUNT = new RegExp(
  `(?<![\\d.第〔\\-—])(\\d{1,3}(?:[,，]\\d{3})+|\\d+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:件|条|篇|个|项|起|份|宗)`,
  'gu',
);
const OLD_ZERO: Record<string, RegExp> = {
  review: /(?:未|没有|无)(?:收到|接到|发生|产生|出现|被申请)?[^，。；]{0,12}行政复议(?!.*(?:纠正|纠错|败诉))/,
  litigation: /(?:未|没有|无)(?:收到|发生|产生|出现|被提起)?[^，。；]{0,12}行政诉讼(?!.*(?:败诉|纠正))/,
};

function oldCountsIn(text: string) {
  const out: { value: number; index: number; sentence: string; clauseBefore: string; inSentence: number }[] = [];
  for (const { sentence, start } of sentencesOf(text)) {
    OLD_COUNT.lastIndex = 0;
    for (let m = OLD_COUNT.exec(sentence); m; m = OLD_COUNT.exec(sentence)) {
      const raw = m[1] ?? '';
      const value = /\d/.test(raw) ? Number(raw.replace(/[,，]/g, '')) : parseChineseNumber(raw);
      if (value === null || !Number.isFinite(value)) continue;
      const before = sentence.slice(0, m.index);
      const clauseStart = Math.max(...['，', '；', '：', ',', ';', ':'].map((p) => before.lastIndexOf(p))) + 1;
      out.push({ value, index: start + m.index, sentence: sentence.trim(), clauseBefore: before.slice(clauseStart), inSentence: m.index });
    }
  }
  return out;
}

/** Text made of the characters that matter to the scanner, so the cases are dense. */
const proseChars = fc.constantFrom(
  ...'0123456789,，.第〔-—一二两十百千万亿零〇件条个项 \u3000\t。，；：申请未行政复议诉讼纠正败诉收到x'.split(''),
  '\n',
);
const prose = fc.array(proseChars, { maxLength: 60 }).map((a) => a.join(''));

const reports = ['/work/shared/corpus', '/work/shared/seeds', new URL('../../../import/fixtures', import.meta.url).pathname]
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
  );

describe('counts in prose: the scanner finds what the regex found', () => {
  it('on any text (property)', () => {
    fc.assert(
      fc.property(prose, (text) => {
        expect(countsIn(text)).toEqual(oldCountsIn(text));
      }),
      { seed: 10, numRuns: 3000 },
    );
  });
  it('hasCount agrees (property)', () => {
    fc.assert(
      fc.property(prose, (text) => {
        OLD_COUNT.lastIndex = 0;
        expect(hasCount(text)).toBe(OLD_COUNT.test(text));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
  it('on every real report text', () => {
    expect(reports.length).toBeGreaterThan(4);
    for (const text of reports) expect(countsIn(text)).toEqual(oldCountsIn(text));
  });
  it('on the cases the regex took care over', () => {
    for (const text of [
      '12345,678件',
      '1,234,5678件',
      '1,234，567 件',
      '十十件',
      '第3件，3.5件',
      '一二三 \u3000件',
      '〔2021〕30件',
      '0631-520件',
    ]) {
      expect(countsIn(text)).toEqual(oldCountsIn(text));
    }
  });
});

describe('zero in words: one pass instead of a (?!.*…) lookahead', () => {
  const figure = (id: string) => KEY_FIGURES.find((f) => f.id === id) as KeyFigure;
  it.each(['review', 'litigation'])('%s agrees with the lookahead (property)', (id) => {
    const zeroChars = fc.constantFrom(
      ...'未没有无收到发生被提起申请行政复议诉讼纠正错败x，。；'.split(''),
      '行政复议',
      '行政诉讼',
      '纠正',
      '败诉',
      '纠错',
      '未发生',
    );
    fc.assert(
      fc.property(
        fc.array(zeroChars, { maxLength: 40 }).map((a) => a.join('')),
        (clause) => {
          expect(saysZero(figure(id), clause)).toBe(OLD_ZERO[id]?.test(clause));
        },
      ),
      { seed: 12, numRuns: 3000 },
    );
  });
  it.each([
    ['review', '无涉及本机关未依法公开的行政复议纠正及行政复议'],
    ['litigation', '无涉及本机关未依法公开的行政诉讼败诉及行政诉讼'],
  ])('%s agrees with the lookahead when a later 未 inside the first match reaches past the 纠正/败诉: %s', (id, clause) => {
    // From 无 the pattern reaches only the first 行政复议 (12 characters at most between), which 纠正
    // follows; from 未, inside that match, it reaches the second.
    expect(OLD_ZERO[id]?.test(clause)).toBe(true);
    expect(saysZero(figure(id), clause)).toBe(true);
  });
  it('does a bounded amount of regex work per start', () => {
    let calls = 0;
    class Counting extends RegExp {
      override exec(s: string) {
        calls++;
        return super.exec(s);
      }
    }
    const base = figure('review');
    const counted = { ...base, zero: new Counting(base.zero?.source ?? '', 'g') };
    const clause = (n: number) => `${'未收到行政复议'.repeat(n)}纠正`;
    const at = (n: number) => {
      calls = 0;
      expect(saysZero(counted, clause(n))).toBe(false);
      return calls;
    };
    // One search per match plus the last: linear in the number of zero phrases.
    expect(at(20_000)).toBeLessThanOrEqual(20_001);
    expect(at(40_000)).toBeLessThanOrEqual(2 * at(20_000) + 1);
  });
});

describe('counts in prose: work grows linearly (steps counted)', () => {
  const steps = (text: string) => {
    scanSteps.count = 0;
    countsIn(text);
    hasCount(text);
    return scanSteps.count;
  };
  it.each([
    ['a run of Chinese numerals', (n: number) => '一'.repeat(n)],
    ['comma groups 1,1,1', (n: number) => '1,'.repeat(n / 2)],
    ['thousands groups 1,111,111', (n: number) => `1${',111'.repeat(n / 4)}`],
    ['numerals between units', (n: number) => '一二三件'.repeat(n / 4)],
    ['a sentence of counts 申请1件', (n: number) => '申请1件'.repeat(n / 4)],
    ['digits and spaces', (n: number) => '1 '.repeat(n / 2)],
  ])('%s', (_, make) => {
    const n = 200_000;
    const one = steps(make(n));
    const two = steps(make(2 * n));
    expect(one).toBeLessThanOrEqual((CLAUSE_BUDGET_PER_CHAR + 4) * n);
    expect(two).toBeLessThanOrEqual(2.5 * one);
  });
  it('hands the key-figure patterns clauses of bounded total length', () => {
    const text = '申请1件'.repeat(100_000);
    const total = countsIn(text).reduce((sum, c) => sum + c.clauseBefore.length, 0);
    expect(total).toBeLessThanOrEqual(CLAUSE_BUDGET_PER_CHAR * text.length);
  });
});

describe('zero in words: the quick pass', () => {
  it('every zero pattern needs 未, 没 or 无 (so text without one is passed over)', () => {
    const zeros = KEY_FIGURES.filter((f) => f.zero);
    expect(zeros.length).toBeGreaterThan(2);
    for (const f of zeros) {
      // Each top-level alternative starts with a group of 未/没有/无 or with 无.
      for (const alternative of (f.zero?.source ?? '').split(/\|(?![^()]*\))/))
        expect(alternative).toMatch(/^(?:\(\?:(?:未|没有|无)(?:\|(?:未|没有|无))*\)|无)/);
    }
  });
});

describe('the step count is honest on a text of counts', () => {
  // A count that forgot a stretch it reads would let a quadratic scan pass the tests above. A text
  // of counts is read twice: by the scanner, and again up to each number for the clause before it.
  it.each([
    ['digits and their units', '1件'],
    ['thousands groups', '1,111,111件'],
  ])('%s', (_, count) => {
    const text = count.repeat(200);
    scanSteps.count = 0;
    countsIn(text);
    expect(scanSteps.count).toBeGreaterThanOrEqual(2 * text.length - count.length);
  });
});
