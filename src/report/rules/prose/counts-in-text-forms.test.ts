/**
 * Which numbers in prose are counts (issue 18): a number followed by one of the counting units
 * (件条篇个项起份宗, spaces allowed before it), in digits, comma groups or Chinese numerals — and
 * never one that is part of a decimal, an ordinal, a document number or a phone number.
 */
import { describe, expect, it } from 'vitest';
import { CLAUSE_BUDGET_PER_CHAR, MAX_CLAUSE, countsIn, hasCount } from './numbers-in-text.ts';

const values = (text: string) => countsIn(text).map((c) => c.value);

describe('counts in text', () => {
  it('takes every counting unit and the clause naming each count', () => {
    expect(countsIn('甲，乙3件；丙4条：丁5篇,戊6个;己7项:庚8起 9份 10宗。').map((c) => [c.value, c.index, c.clauseBefore])).toEqual([
      [3, 3, '乙'],
      [4, 7, '丙'],
      [5, 11, '丁'],
      [6, 15, '戊'],
      [7, 19, '己'],
      [8, 23, '庚'],
      [9, 26, '庚8起 '],
      [10, 29, '庚8起 9份 '],
    ]);
  });

  it('reads comma groups (ASCII or full-width) as one number, and a space before the unit', () => {
    expect(values('1,234件，1，234件，1,234,567 件，3\u3000件')).toEqual([1234, 1234, 1234567, 3]);
    expect(values('全年公开信息123,456条，浏览100，000件')).toEqual([123456, 100000]);
  });

  it('reads a run of four digits before a comma as no group: only the digits after it count', () => {
    expect(values('1234,567件')).toEqual([567]);
  });

  it('takes a comma group only when all three places after the comma are digits', () => {
    // Not 1,a23 (no number): the group breaks at the letter, and 23件 is the count.
    expect(values('共1,a23件')).toEqual([23]);
    expect(values('共1,2a3件，1,23件')).toEqual([3, 23]);
  });

  it('takes no number too long to have a value', () => {
    expect(values(`编号${'9'.repeat(400)}件`)).toEqual([]);
  });

  it('skips numbers that belong to something else', () => {
    expect(values('1.5件，第3件，0631-5208761件，—3件，-3件')).toEqual([]);
    expect(values('无件，件')).toEqual([]);
  });

  it('reads Chinese numerals', () => {
    expect(values('一千零五件，两件，十件。')).toEqual([1005, 2, 10]);
  });

  it('gives each count its sentence and its offsets in the text and in the sentence', () => {
    expect(countsIn('申请1件。\n  新收3件').map((c) => [c.value, c.index, c.inSentence, c.sentence])).toEqual([
      [1, 2, 2, '申请1件。'],
      [3, 10, 4, '新收3件'],
    ]);
  });

  it(`looks back at most ${MAX_CLAUSE} characters for the words naming a count`, () => {
    const [count] = countsIn(`${'a'.repeat(250)}，${'b'.repeat(MAX_CLAUSE + 10)}5件`);
    expect(count?.clauseBefore).toBe('b'.repeat(MAX_CLAUSE));
  });

  it('hands over clauses until they add up to the budget: the last that fits is still whole', () => {
    // 17 counts in 34 characters: the clauses before them are 0, 2, …, 32 characters, 272 in all.
    const text = '1件'.repeat(17);
    expect(CLAUSE_BUDGET_PER_CHAR * text.length).toBe(272);
    expect(countsIn(text).at(-1)?.clauseBefore).toBe('1件'.repeat(16));
    // One count more: 288 - 272 = 16 left, too few for its clause of 34.
    expect(
      countsIn('1件'.repeat(18))
        .map((c) => c.clauseBefore.length)
        .slice(-2),
    ).toEqual([32, 0]);
  });

  it('hasCount says whether a clause holds any count', () => {
    expect([hasCount('无'), hasCount('3件'), hasCount('3'), hasCount('第3件'), hasCount('两件')]).toEqual([
      false,
      true,
      false,
      false,
      true,
    ]);
  });
});
