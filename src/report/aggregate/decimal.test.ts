import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AMOUNT_DECIMALS } from '../definition/index.ts';
import { isCanonicalAmount } from '../numbers.ts';
import { amountDifference, sumAmounts } from './decimal.ts';

/** A canonical amount built from an integer number of millionths, and that integer. */
const amount = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((micro) => {
  const whole = micro / 10n ** BigInt(AMOUNT_DECIMALS);
  const fraction = (micro % 10n ** BigInt(AMOUNT_DECIMALS)).toString().padStart(AMOUNT_DECIMALS, '0').replace(/0+$/, '');
  return { micro, text: fraction ? `${whole}.${fraction}` : `${whole}` };
});

describe('exact sums of 万元 amounts', () => {
  it('adds what floating point gets wrong', () => {
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.3');
    expect(sumAmounts(['24252.311082', '4166.241619'])).toBe('28418.552701');
    expect(sumAmounts(['6793.94', '0.06'])).toBe('6794');
    expect(sumAmounts([])).toBe('0');
  });

  it('equals the sum of the millionths, in canonical form, for any amounts', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (amounts) => {
        const total = sumAmounts(amounts.map((a) => a.text));
        const expected = amounts.reduce((s, a) => s + a.micro, 0n);
        const [whole = '', fraction = ''] = total.split('.');
        expect(BigInt(whole) * 10n ** BigInt(AMOUNT_DECIMALS) + BigInt(fraction.padEnd(AMOUNT_DECIMALS, '0'))).toBe(expected);
        expect(isCanonicalAmount(total) || whole.length > 12).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the units', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 12 }), (amounts) => {
        const texts = amounts.map((a) => a.text);
        expect(sumAmounts([...texts].reverse())).toBe(sumAmounts(texts));
      }),
    );
  });

  it('subtracts with a sign, and a − b + b = a', () => {
    expect(amountDifference('1.5', '2')).toBe('-0.5');
    expect(amountDifference('2', '1.999999')).toBe('0.000001');
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const d = amountDifference(a.text, b.text);
        if (d.startsWith('-')) expect(sumAmounts([a.text, d.slice(1)])).toBe(b.text);
        else expect(sumAmounts([b.text, d])).toBe(a.text);
      }),
    );
  });
});
