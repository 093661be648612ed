/**
 * Rows of numbers as pdftotext leaves them (issue 18): two narrow cells run together with no space
 * (“1590” for 159 and 0) are separated using the printed total, and cells printed “/” or “—” for
 * nothing read as 0 — so a published report's figures come through, or the row is flagged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WALK_CELLS, isNumberCell, readAmount, resolveNumbers, resolveWithBlanks } from './digits.ts';

/** Table 三's printed identity for one column, reduced to a row: six parts, then their total. */
const rowCheck = (v: number[]) => v.length === 7 && v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];

const noLeadingZero = (s: string) => s.length === 1 || s[0] !== '0';

/** The rows that splitting one cell of `cells` in two would give, when they add up. */
function readingsThatAddUp(cells: readonly string[]): number[][] {
  const rows: number[][] = [];
  for (const [j, cell] of cells.entries()) {
    for (let i = 1; i < cell.length; i++) {
      const [head, tail] = [cell.slice(0, i), cell.slice(i)];
      if (!noLeadingZero(head) || !noLeadingZero(tail)) continue;
      const values = [...cells.slice(0, j), head, tail, ...cells.slice(j + 1)].map(Number);
      if (rowCheck(values)) rows.push(values);
    }
  }
  return rows;
}

const part = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 400 }));

describe('two cells run together with no space', () => {
  it('159 and 0 printed as “1590” are separated by the total', () => {
    expect(resolveNumbers(['1590', '0', '0', '0', '0', '159'], 7, rowCheck)).toEqual({
      values: [159, 0, 0, 0, 0, 0, 159],
      consistent: true,
      stray: 0,
      split: true,
    });
  });

  it('any row with one pair of neighbours run together is recovered when the total decides (property)', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 6, maxLength: 6 }), fc.integer({ min: 0, max: 5 }), (parts, at) => {
        const values = [...parts, parts.reduce((a, b) => a + b, 0)];
        const cells = values.map(String);
        cells.splice(at, 2, `${cells[at]}${cells[at + 1]}`);
        // “1110” for 111 and 0 could as well be 1 and 110: when the total cannot decide, the test neither.
        fc.pre(readingsThatAddUp(cells).length === 1);
        expect(resolveNumbers(cells, 7, rowCheck)).toEqual({ values, consistent: true, stray: 0, split: true });
      }),
      { numRuns: 300 },
    );
  });

  it('a row that reads whole is never split, even when a split would also add up', () => {
    // “12” and “3” could be 1, 2, 3 — but the row has its seven cells and they add up.
    const cells = ['12', '3', '0', '0', '0', '0', '15'];
    expect(resolveNumbers(cells, 7, rowCheck)).toEqual({ values: [12, 3, 0, 0, 0, 0, 15], consistent: true, stray: 0, split: false });
  });

  it('a run-together cell whose splits never add up is kept whole and flagged', () => {
    expect(resolveNumbers(['10', '20', '30'], 3, () => false)).toEqual({ values: [10, 20, 30], consistent: false, stray: 0, split: false });
    // Too few cells and no split adds up: the cheapest split is kept, flagged.
    expect(resolveNumbers(['12', '3'], 3, () => false)).toEqual({ values: [1, 2, 3], consistent: false, stray: 0, split: true });
    expect(resolveNumbers(['x', '3'], 2, () => true)).toBeNull();
  });

  it('a split never starts a number with 0 (“05” is not 0 and 5 glued, it is 5)', () => {
    expect(resolveNumbers(['105', '5'], 3, (v) => v[0] === 10 && v[1] === 5)).toEqual({
      values: [10, 5, 5],
      consistent: true,
      stray: 0,
      split: true,
    });
    expect(resolveNumbers(['1005'], 3, (v) => v.join() === '1,0,5')).toMatchObject({ consistent: false });
  });
});

describe('cells printed for nothing', () => {
  it.each(['/', '／', '\\', '-', '—', '–', '－', ' / ', '/件'])('%j reads as 0 in a row that adds up', (cell) => {
    expect(resolveNumbers(['159', cell, '0', '0', '0', '0', '159'], 7, rowCheck)).toEqual({
      values: [159, 0, 0, 0, 0, 0, 159],
      consistent: true,
      stray: 0,
      split: false,
    });
  });

  it('reads as 0 in a row whose blanks kept their columns', () => {
    expect(resolveWithBlanks(['/', '', '1', '—', '0', '0', '1'], 7, rowCheck)).toEqual({
      values: [0, 0, 1, 0, 0, 0, 1],
      consistent: true,
      stray: 0,
      split: false,
      blanks: [1],
    });
  });

  it.each([
    ['/', '0'],
    ['—', '0'],
    ['1.5万元', '1.5'],
    [' 6,793.940 万元 ', '6793.94'],
    ['６７９３．９４', '6793.94'],
    ['x', null],
    // A unit is taken off only at the end: before the number it is no amount.
    ['万元5', null],
    ['//', null],
    ['', null],
  ])('as an amount, %j reads %j', (cell, amount) => {
    expect(readAmount(cell)).toBe(amount);
  });

  it.each([
    ['12.5', true, true],
    ['12.5', false, false],
    ['１２万元', true, true],
    ['12万元', false, false],
    [' 3 件 ', false, true],
    ['3件件', false, false],
    ['3 119', false, true],
    ['—', true, true],
    ['——', false, false],
    ['件', false, false],
    ['', false, false],
  ])('isNumberCell(%j, amount %s) is %s', (cell, amount, expected) => {
    expect(isNumberCell(cell, amount)).toBe(expected);
  });
});

const twoAndTotal = (v: number[]) => v.length === 3 && (v[0] ?? 0) + (v[1] ?? 0) === v[2];

describe('spaces inside a cell', () => {
  it('are a thousands separator only between groups of three', () => {
    expect(resolveNumbers(['3 119', '1', '3120'], 3, twoAndTotal)?.values).toEqual([3119, 1, 3120]);
    expect(resolveNumbers(['3\u3000119', '1', '3120'], 3, twoAndTotal)?.values).toEqual([3119, 1, 3120]);
    // “58 1” is two cells, never 581.
    expect(resolveNumbers(['58 1', '59'], 3, twoAndTotal)).toMatchObject({ values: [58, 1, 59], split: true });
    expect(resolveNumbers(['58 1'], 1, () => true)).toMatchObject({ values: [58], consistent: true, stray: 1 });
  });
});

describe('rows longer than any real one', () => {
  it('are read plainly, cell by cell, without trying splits', () => {
    const cells = Array.from({ length: MAX_WALK_CELLS + 1 }, () => '12');
    const result = resolveNumbers(cells, MAX_WALK_CELLS + 1, () => false);
    expect(result).toEqual({ values: cells.map(Number), consistent: false, stray: 0, split: false });
    expect(resolveNumbers([...cells.slice(1), 'x'], MAX_WALK_CELLS + 1, () => true)).toBeNull();
  });

  it('keep the first window of expected numbers that adds up, and count the rest as stray', () => {
    const cells = Array.from({ length: MAX_WALK_CELLS + 1 }, (_, i) => String(i));
    const result = resolveNumbers(cells, 3, (v) => v[0] === 5);
    expect(result).toEqual({ values: [5, 6, 7], consistent: true, stray: MAX_WALK_CELLS - 2, split: false });
  });
});

describe('which cells hold a number', () => {
  it.each(['3件', '3条', '3个', '3次', '3项', '３件', '1,234', '1，234', '3\u00a0119', '3\u3000119件'])('%j is a count cell', (cell) => {
    expect(isNumberCell(cell)).toBe(true);
  });

  it.each(['6，793．94万元', '0.5', '1,234.5 万元'])('%j is an amount cell', (cell) => {
    expect(isNumberCell(cell, true)).toBe(true);
    expect(isNumberCell(cell)).toBe(false);
  });

  it.each(['3人', '约3件', '.5', ',3', '3件。', '件3'])('%j is not a number cell', (cell) => {
    expect(isNumberCell(cell)).toBe(false);
    expect(isNumberCell(cell, true)).toBe(false);
    expect(resolveNumbers([cell], 1, () => true)).toBeNull();
  });
});

describe('choosing among readings', () => {
  it('takes the last window that adds up, with the cells before it stray', () => {
    expect(resolveNumbers(['9', '9', '1', '2', '3'], 3, (v) => v[0] === 1)).toEqual({
      values: [1, 2, 3],
      consistent: true,
      stray: 2,
      split: false,
    });
  });

  it('keeps the first cells, flagged, when no window adds up', () => {
    expect(resolveNumbers(['1', '2', '3', '4'], 3, () => false)).toEqual({ values: [1, 2, 3], consistent: false, stray: 1, split: false });
  });

  it('still separates a run-together cell in a row of 64 cells', () => {
    const cells = [...Array.from({ length: MAX_WALK_CELLS - 1 }, () => '1'), '11'];
    const ones = (v: number[]) => v.every((x) => x === 1);
    expect(resolveNumbers(cells, MAX_WALK_CELLS + 1, ones)).toMatchObject({ consistent: true, split: true, stray: 0 });
  });

  it('a row read by position whose total is wrong is kept, flagged', () => {
    expect(resolveWithBlanks(['2', '', '0', '0', '0', '0', '3'], 7, rowCheck)).toEqual({
      values: [2, 0, 0, 0, 0, 0, 3],
      consistent: false,
      stray: 0,
      split: false,
      blanks: [1],
    });
  });
});

describe('digits split by a stray space, joined back only when the total proves it (`join`)', () => {
  const zeros = ['0', '0', '0', '0', '0'];

  it('joins “1 52” in one cell, or “1” / “52” in two, when the printed total is 152', () => {
    for (const cells of [
      ['1 52', ...zeros, '152'],
      ['1', '52', ...zeros, '152'],
    ]) {
      expect(resolveNumbers(cells, 7, rowCheck, { join: true })).toEqual({
        values: [152, 0, 0, 0, 0, 0, 152],
        consistent: true,
        stray: 0,
        split: true,
      });
      // Without `join` (a row with no printed total to prove it) the pieces are never glued.
      expect(resolveNumbers(cells, 7, rowCheck)?.values).not.toEqual([152, 0, 0, 0, 0, 0, 152]);
    }
  });

  it('joins at most nine digits', () => {
    expect(resolveNumbers(['1234 56789'], 1, (v) => v[0] === 123456789, { join: true })).toMatchObject({
      values: [123456789],
      consistent: true,
    });
    expect(resolveNumbers(['12345 67890'], 1, (v) => v[0] === 1234567890, { join: true })?.consistent).toBe(false);
  });

  it('glues two cells only as a 1–4 digit head and a 1–4 digit tail', () => {
    const proves = (n: number) => (v: number[]) => v.length === 2 && v[0] === n && v[1] === n;
    expect(resolveNumbers(['1234', '5678', '12345678'], 2, proves(12345678), { join: true })?.values).toEqual([12345678, 12345678]);
    expect(resolveNumbers(['12345', '6', '123456'], 2, proves(123456), { join: true })?.consistent).toBe(false);
    expect(resolveNumbers(['1', '23456', '123456'], 2, proves(123456), { join: true })?.consistent).toBe(false);
  });

  it('a joined reading the totals do not prove is no reading', () => {
    expect(resolveNumbers(['1 52'], 1, () => false, { join: true })).toEqual({ values: [1], consistent: false, stray: 1, split: false });
  });
});
