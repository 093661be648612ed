/**
 * Chinese numerals in the other forms reports print them (issue 18): the financial characters
 * (壹佰贰拾叁), 十 after 零, digit strings with 〇 and 零, and the standard reading at the places
 * where 零 and 十 are easy to get wrong.
 */
import { describe, expect, it } from 'vitest';
import { formatChineseNumber, parseChineseNumber } from './chinese-numerals.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['壹佰贰拾叁', 123],
    ['肆仟伍佰陆拾柒', 4567],
    ['捌拾玖', 89],
    ['拾', 10],
    ['一百零十', 110],
    ['零五', 5],
    ['一零', 10],
    ['零零', 0],
    [' 十 ', 10],
    ['十一万', 110_000],
    ['两亿三千万', 230_000_000],
    ['一亿', 100_000_000],
    ['三万', 30_000],
    ['一千零五', 1005],
    ['九千九百九十九', 9999],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each(['万', '亿', '一亿万', '百', '千百', '十百', '一百百', '五十五十', '一万x', 'x一', '五x', '一百a', '  ', '一百二三', '二三十'])(
    'refuses %j',
    (text) => {
      expect(parseChineseNumber(text)).toBeNull();
    },
  );
});

describe('formatChineseNumber', () => {
  it.each([
    [0, '零'],
    [10, '十'],
    [19, '十九'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    // Two gaps: one 零 each, not one carried on to the digits after (一千零一十零一 reads back the same).
    [1011, '一千零一十一'],
    [10_101, '一万零一百零一'],
    [10_010, '一万零一十'],
    [100_000, '十万'],
    [101_000, '十万一千'],
    [100_000_000, '一亿'],
    [100_000_001, '一亿零一'],
    [1_000_000_000_000, '一万亿'],
  ])('writes %d as %s', (value, text) => {
    expect(formatChineseNumber(value)).toBe(text);
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53])('refuses %d', (value) => {
    expect(() => formatChineseNumber(value)).toThrow(RangeError);
  });
});
