import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatChineseNumber, parseChineseNumber } from './chinese-numerals.ts';

describe('Chinese numerals', () => {
  it.each([
    ['十', 10],
    ['十一', 11],
    ['一百零五', 105],
    ['两千', 2000],
    ['一万零一', 10001],
    ['零', 0],
    ['〇', 0],
    ['三', 3],
    ['一百五十六', 156],
    ['二十', 20],
    ['一千零一十', 1010],
    ['十万零一十', 100010],
    ['一亿零五百万', 105_000_000],
    ['二〇二四', 2024],
    ['两百', 200],
  ])('parses %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['', '百十', '一二三万万', '十十', 'abc', '五五'])('refuses %s', (text) => {
    // 五五 is a digit string (55) in a year-like reading; only the malformed ones are null.
    if (text === '五五') expect(parseChineseNumber(text)).toBe(55);
    else expect(parseChineseNumber(text)).toBeNull();
  });

  it.each([
    [10, '十'],
    [11, '十一'],
    [105, '一百零五'],
    [2000, '二千'],
    [10001, '一万零一'],
    [156, '一百五十六'],
    [100_000_000, '一亿'],
  ])('formats %d as %s', (value, text) => {
    expect(formatChineseNumber(value)).toBe(text);
  });

  it('round-trips every integer 0–100 000 000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (n) => {
        expect(parseChineseNumber(formatChineseNumber(n))).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips small and boundary numbers exhaustively', () => {
    for (let n = 0; n <= 20_100; n++) expect(parseChineseNumber(formatChineseNumber(n))).toBe(n);
  });
});
