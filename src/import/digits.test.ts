import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_WALK_CELLS, isNumberCell, readAmount, resolveNumbers, resolveWithBlanks } from './digits.ts';

const rowCheck = (v: number[]) => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];

describe('reading numbers from cells', () => {
  it('accepts thousands separators, spaces and units', () => {
    expect(resolveNumbers(['1,234', '3 119 件', '０'], 3, () => true)?.values).toEqual([1234, 3119, 0]);
    expect(isNumberCell('3119 件')).toBe(true);
    expect(isNumberCell('1.属于国家秘密')).toBe(false);
    expect(readAmount('6,793.94')).toBe('6793.94');
  });

  it('separates run-together cells using the printed total', () => {
    // pdftotext ran “15” and “2” together, and “1 0” into one cell.
    const r = resolveNumbers(['152', '1 0', '0', '0', '3', '156'], 7, rowCheck);
    expect(r?.values).toEqual([152, 1, 0, 0, 0, 3, 156]);
    expect(r?.split).toBe(true);
    expect(r?.consistent).toBe(true);
  });

  it('drops a stray cell when the rest adds up', () => {
    const r = resolveNumbers(['2', '0', '0', '0', '0', '1', '3', '0'], 7, rowCheck);
    expect(r).toMatchObject({ values: [2, 0, 0, 0, 0, 1, 3], stray: 1, consistent: true });
  });

  it('keeps a printed total that does not add up, flagged inconsistent', () => {
    expect(resolveNumbers(['1', '2', '0', '0', '0', '0', '4'], 7, rowCheck)).toMatchObject({
      values: [1, 2, 0, 0, 0, 0, 4],
      consistent: false,
    });
  });

  it('any row whose cells are run together pairwise is recovered (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        (parts, at) => {
          const values = [...parts, parts.reduce((a, b) => a + b, 0)];
          const cells = values.map(String);
          // Join two neighbouring cells with a single space, as pdftotext does with narrow columns.
          cells.splice(at, 2, `${cells[at]} ${cells[at + 1]}`);
          expect(resolveNumbers(cells, 7, rowCheck)?.values).toEqual(values);
        },
      ),
    );
  });
});

describe('a row whose blank cells kept their columns', () => {
  it('reads by position: a blank stays blank, the printed total still checks', () => {
    expect(resolveWithBlanks(['26', '', '', '', '', '', '26'], 7, rowCheck)).toEqual({
      values: [26, 0, 0, 0, 0, 0, 26],
      consistent: true,
      stray: 0,
      split: false,
      blanks: [1, 2, 3, 4, 5],
    });
    // A trailing tab past the last column is no cell.
    expect(resolveWithBlanks(['0', '', '0', '0', '0', '0', '0', ''], 7, rowCheck)?.blanks).toEqual([1]);
  });

  it('leaves rows without an inner blank, or with cells missing, to the run reading', () => {
    expect(resolveWithBlanks(['1', '0', '0', '0', '0', '0', '1', ''], 7, rowCheck)).toBeNull();
    expect(resolveWithBlanks(['1', '', '1'], 7, rowCheck)).toBeNull();
    expect(resolveWithBlanks(['1', '', 'x', '0', '0', '0', '1'], 7, rowCheck)).toBeNull();
  });
});

describe('cells printed for nothing', () => {
  it('are a slash or a dash, not any letter (the hyphen once made a range \\…—)', () => {
    for (const cell of ['/', '／', '\\', '-', '—', '–', '－']) expect(isNumberCell(cell)).toBe(true);
    for (const cell of ['x', 'a', '^', '~', 'é']) expect(isNumberCell(cell)).toBe(false);
  });
});

describe('a space inside a cell', () => {
  const twoAndTotal = (v: number[]) => v.length === 3 && (v[0] ?? 0) + (v[1] ?? 0) === v[2];

  it('groups thousands when every group after the first has three digits, the first one to three', () => {
    expect(resolveNumbers(['12 345', '1', '12346'], 3, twoAndTotal)).toEqual({
      values: [12345, 1, 12346],
      consistent: true,
      stray: 0,
      split: false,
    });
    expect(resolveNumbers(['1 234 567', '1', '1234568'], 3, twoAndTotal)?.values).toEqual([1234567, 1, 1234568]);
  });

  it('otherwise parts two numbers, never one', () => {
    expect(resolveNumbers(['12 34'], 2, () => true)).toEqual({ values: [12, 34], consistent: true, stray: 0, split: true });
    // Four digits before the space, or four after it: the first number alone fills one cell.
    for (const cell of ['1234 567', '12 3456']) {
      expect(resolveNumbers([cell], 1, () => true)).toEqual({
        values: [Number(cell.split(' ')[0])],
        consistent: true,
        stray: 1,
        split: false,
      });
    }
  });
});

describe('the pieces of one cell', () => {
  it('are read up to MAX_WALK_CELLS of them, no more', () => {
    const pieces = (n: number) => Array.from({ length: n }, () => '1').join(' ');
    expect(resolveNumbers([pieces(MAX_WALK_CELLS)], MAX_WALK_CELLS, () => true)?.values).toEqual(
      Array.from({ length: MAX_WALK_CELLS }, () => 1),
    );
    expect(resolveNumbers([pieces(MAX_WALK_CELLS + 1)], MAX_WALK_CELLS + 1, () => true)).toBeNull();
  });

  it('are kept apart, flagged as split, when the totals disagree', () => {
    expect(resolveNumbers(['58 1'], 2, () => false)).toEqual({ values: [58, 1], consistent: false, stray: 0, split: true });
  });

  it('are never joined into a number that starts with 0', () => {
    // 0 and 52, the 52 filling the one cell; not 052 read as 52.
    expect(resolveNumbers(['0 52'], 1, (v) => v[0] === 52, { join: true })).toEqual({
      values: [52],
      consistent: true,
      stray: 1,
      split: false,
    });
  });
});
