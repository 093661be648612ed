import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalAmount, parseAmount, parseCount } from './numbers.ts';

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const withThousands = (n: number) => n.toLocaleString('en-US');

describe('parseCount', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['156', 156],
    ['１５６', 156],
    ['1,234', 1234],
    ['11,398,889', 11398889],
    ['3 119', 3119],
    ['12.0', 12],
    // Zero-padded from a fixed-width spreadsheet column: the zeros are no size (a count of 12).
    ['0000000000012', 12],
    // Every zero in front goes, not only the first: fourteen characters, two digits.
    ['00000000000012', 12],
    ['0000000000012.00', 12],
    ['000', 0],
  ])('accepts %j as %j', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['-1', 'negative'],
    ['－３', 'negative'],
    ['1.5', 'decimal'],
    ['abc', 'notNumber'],
    ['12件', 'notNumber'],
    ['1,23', 'notNumber'],
    ['9999999999999', 'tooLarge'],
    ['0001000000000000', 'tooLarge'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseCount(text)).toEqual({ ok: false, problem });
  });

  it('round-trips any count written with separators or full-width digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.constantFrom(String, withThousands), fc.boolean(), (n, format, wide) => {
        const text = wide ? toFullWidth(format(n)) : format(n);
        expect(parseCount(text)).toEqual({ ok: true, value: n });
      }),
    );
  });
});

describe('parseAmount', () => {
  it.each([
    ['6793.94', '6793.94'],
    ['6,793.940', '6793.94'],
    ['0', '0'],
    ['0.5000', '0.5'],
    ['007', '7'],
    ['12.', '12'],
    ['', null],
  ])('reads %j as %j', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['-1', 'negative'],
    ['1.2345671', 'tooManyDecimals'],
    ['1e5', 'notNumber'],
    ['.', 'notNumber'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseAmount(text)).toEqual({ ok: false, problem });
  });

  it('keeps every 4-decimal amount exactly (no floating-point drift)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }), (tenThousandths) => {
        const whole = tenThousandths / 10000n;
        const fraction = String(tenThousandths % 10000n).padStart(4, '0');
        const parsed = parseAmount(`${whole}.${fraction}`);
        const expected = `${whole}${fraction.replace(/0+$/, '') ? `.${fraction.replace(/0+$/, '')}` : ''}`;
        expect(parsed).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it('keeps every 6-decimal amount exactly, as real reports print fees (24252.311082 万元)', () => {
    expect(parseAmount('24252.311082')).toEqual({ ok: true, value: '24252.311082' });
    expect(parseAmount('4166.241619')).toEqual({ ok: true, value: '4166.241619' });
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), (millionths) => {
        const whole = millionths / 1000000n;
        const fraction = String(millionths % 1000000n)
          .padStart(6, '0')
          .replace(/0+$/, '');
        expect(parseAmount(`${whole}.${fraction}`)).toEqual({ ok: true, value: fraction ? `${whole}.${fraction}` : `${whole}` });
        expect(isCanonicalAmount(fraction ? `${whole}.${fraction}` : `${whole}`)).toBe(true);
      }),
    );
  });
});

describe('parseAmount on long fractions', () => {
  it('cuts trailing zeros as /0+$/ did, in one pass', () => {
    for (const text of ['1.50', '1.000', '1.0', '0.0100', '2.']) {
      const fraction = text.split('.')[1] ?? '';
      const old = fraction.replace(/0+$/, '');
      const parsed = parseAmount(text);
      expect(parsed.ok && (parsed.value?.split('.')[1] ?? '')).toBe(old);
    }
    // A run of a million zeros (quadratic with the regex) is read at once.
    expect(parseAmount(`1.${'0'.repeat(1_000_000)}1`)).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseAmount(`1.5${'0'.repeat(1_000_000)}`)).toEqual({ ok: true, value: '1.5' });
  });
});
