/**
 * Numbers as staff actually type or paste them (issue 18): a Chinese IME gives full-width digits
 * and punctuation (６７９３．９４, 1，234), a spreadsheet gives 12.00, a careless paste gives a
 * separator in the wrong place. Each form is read as the number it means, or refused — never read
 * as a different number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COUNT } from './definition/index.ts';
import { isCanonicalAmount, isValidCount, normalizeNumberText, parseAmount, parseCount } from './numbers.ts';

const FULL_DIGITS = '０１２３４５６７８９';
const wide = (s: string) => s.replace(/[0-9]/g, (d) => FULL_DIGITS[Number(d)] ?? d);

describe('normalizeNumberText', () => {
  it.each([
    ['６７９３．９４', '6793.94'],
    ['12。5', '12.5'],
    ['1，234', '1,234'],
    ['1､234', '1,234'],
    ['－3', '-3'],
    ['−3', '-3'],
    ['—3', '-3'],
    ['–3', '-3'],
    [' 3\u3000119\u00a0件 ', '3119件'],
    ['1\t2\n3', '123'],
  ])('%j → %j', (text, normal) => {
    expect(normalizeNumberText(text)).toBe(normal);
  });
});

describe('amounts typed with a Chinese IME', () => {
  it.each([
    // The full-width point is a decimal point: 6793．94 is not 679394 万元.
    ['6793．94', '6793.94'],
    ['６７９３．９４', '6793.94'],
    ['6，793．94', '6793.94'],
    ['6793。94', '6793.94'],
    ['12.00', '12'],
    ['12.50', '12.5'],
    ['.5', '0.5'],
    ['0.000', '0'],
    ['000.25', '0.25'],
    ['1,234,567.5', '1234567.5'],
    ['999999999999.999999', '999999999999.999999'],
    ['999999999999.9999990000', '999999999999.999999'],
    ['0000000000001', '1'],
  ])('reads %j as %j', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,2345', 'notNumber'],
    ['1234,567', 'notNumber'],
    [',123', 'notNumber'],
    ['1,234,56', 'notNumber'],
    ['12,34.5', 'notNumber'],
    ['1.234,5', 'notNumber'],
    ['1,234.5,6', 'notNumber'],
    ['1..2', 'notNumber'],
    ['1.2.3', 'notNumber'],
    ['a1', 'notNumber'],
    ['1a', 'notNumber'],
    ['1-2', 'notNumber'],
    ['1 万元', 'notNumber'],
    ['６，７９３．９４ 万', 'notNumber'],
    ['—1', 'negative'],
    ['-0', 'negative'],
    ['1000000000000', 'tooLarge'],
    ['1,000,000,000,000.5', 'tooLarge'],
    ['1.0000001', 'tooManyDecimals'],
    ['0.1234567', 'tooManyDecimals'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseAmount(text)).toEqual({ ok: false, problem });
  });

  it('says the decimals are too many before the whole part is too large', () => {
    expect(parseAmount('1000000000000.1234567')).toEqual({ ok: false, problem: 'tooManyDecimals' });
  });
});

describe('counts typed with a Chinese IME or pasted from a spreadsheet', () => {
  it.each([
    ['１，２３４', 1234],
    ['12.00', 12],
    ['12.', 12],
    ['12．0', 12],
    ['0.0', 0],
    ['007', 7],
    [String(MAX_COUNT), MAX_COUNT],
    ['999,999,999,999', MAX_COUNT],
    ['3\u3000119', 3119],
    // Zeros in front are no size, as for an amount (a fixed-width spreadsheet column).
    ['0000000000001', 1],
  ])('reads %j as %j', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,2345', 'notNumber'],
    ['1234,567', 'notNumber'],
    [',123', 'notNumber'],
    ['1,234,5678', 'notNumber'],
    ['1.2.0', 'notNumber'],
    ['.0', 'notNumber'],
    ['+5', 'notNumber'],
    ['5件', 'notNumber'],
    ['x5', 'notNumber'],
    ['x1.5', 'notNumber'],
    ['1.5x', 'notNumber'],
    // A dash inside is no minus sign: 1-2 is not a number, not a negative one.
    ['1-2', 'notNumber'],
    ['12.010', 'decimal'],
    ['12.5', 'decimal'],
    ['1,234.5', 'decimal'],
    ['—2', 'negative'],
    ['–2', 'negative'],
    ['1000000000000', 'tooLarge'],
    ['1000000000000.0', 'tooLarge'],
    // Thirteen digits after the zeros in front: refused before it is read.
    ['00001000000000000', 'tooLarge'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseCount(text)).toEqual({ ok: false, problem });
  });
});

/** A non-negative number written with commas every three digits, as Excel does. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** The ways a typed or pasted cell may dress a number, none of which changes it. */
const dress = fc.record({ thousands: fc.boolean(), wideDigits: fc.boolean(), widePoint: fc.boolean(), spaces: fc.boolean() });

function dressed(whole: string, fraction: string, how: { thousands: boolean; wideDigits: boolean; widePoint: boolean; spaces: boolean }) {
  let text = (how.thousands ? grouped(whole) : whole) + (fraction ? `${how.widePoint ? '．' : '.'}${fraction}` : '');
  if (how.thousands && how.widePoint) text = text.replace(/,/g, '，');
  if (how.wideDigits) text = wide(text);
  return how.spaces ? `\u3000${text} ` : text;
}

describe('round trips through every way of typing a number (properties)', () => {
  it('an amount with up to 6 decimals, trailing zeros added, reads as its canonical form', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n - 1n }),
        fc.stringMatching(/^\d{0,6}$/),
        fc.nat({ max: 3 }),
        dress,
        (whole, fraction, zeros, how) => {
          const canonicalFraction = fraction.replace(/0+$/, '');
          const expected = canonicalFraction ? `${whole}.${canonicalFraction}` : `${whole}`;
          const parsed = parseAmount(dressed(String(whole), fraction + '0'.repeat(zeros), how));
          expect(parsed).toEqual({ ok: true, value: expected });
          expect(isCanonicalAmount(expected)).toBe(true);
        },
      ),
    );
  });

  it('a count written with 0-3 trailing decimal zeros reads as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COUNT }), fc.nat({ max: 3 }), dress, (n, zeros, how) => {
        expect(parseCount(dressed(String(n), '0'.repeat(zeros), how))).toEqual({ ok: true, value: n });
        expect(isValidCount(n)).toBe(true);
      }),
    );
  });

  it('a comma anywhere but between groups of three is refused, never read as another number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: MAX_COUNT }), fc.nat(), fc.boolean(), (n, at, amount) => {
        const digits = String(n);
        const cut = 1 + (at % (digits.length - 1));
        // Only a cut that leaves a multiple of three digits after it is a real separator.
        fc.pre((digits.length - cut) % 3 !== 0);
        const text = `${digits.slice(0, cut)},${digits.slice(cut)}`;
        const parsed = amount ? parseAmount(text) : parseCount(text);
        expect(parsed).toEqual({ ok: false, problem: 'notNumber' });
      }),
    );
  });

  it('an amount over 12 integer digits or a count over the limit is refused as too large', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 12n, max: 10n ** 20n }), fc.boolean(), (n, thousands) => {
        const text = thousands ? grouped(String(n)) : String(n);
        expect(parseAmount(text)).toEqual({ ok: false, problem: 'tooLarge' });
        expect(parseCount(text)).toEqual({ ok: false, problem: 'tooLarge' });
      }),
    );
  });
});

describe('isValidCount', () => {
  it.each([
    [0, true],
    [MAX_COUNT, true],
    [MAX_COUNT + 1, false],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
  ])('%j → %j', (value, valid) => {
    expect(isValidCount(value)).toBe(valid);
  });
});

describe('isCanonicalAmount', () => {
  it.each([
    ['0', true],
    ['6793.94', true],
    ['999999999999.999999', true],
    ['1.5', true],
    ['1.50', false],
    ['01', false],
    ['1.', false],
    ['1.1234567', false],
    ['1000000000000', false],
    ['', false],
  ])('%j → %j', (value, canonical) => {
    expect(isCanonicalAmount(value)).toBe(canonical);
  });
});
