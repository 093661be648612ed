/**
 * Exact sums of 万元 amounts. Amounts are canonical decimal strings with up to AMOUNT_DECIMALS
 * places (numbers.ts); adding them as floating point would turn 0.1 + 0.2 into 0.30000000000000004
 * and a county's 汇总 of 24252.311082-style figures into a figure nobody printed. Scaled integers
 * (BigInt, Chromium 67+) keep every digit.
 */
import { AMOUNT_DECIMALS } from '../definition/index.ts';

const SCALE = 10n ** BigInt(AMOUNT_DECIMALS);

function toScaled(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole || '0') * SCALE + BigInt(fraction.padEnd(AMOUNT_DECIMALS, '0') || '0');
}

function fromScaled(value: bigint): string {
  const whole = value / SCALE;
  const fraction = (value % SCALE).toString().padStart(AMOUNT_DECIMALS, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** The exact sum of canonical amounts ("6793.94" + "0.06" = "6794"), canonical again. */
export function sumAmounts(amounts: readonly string[]): string {
  let total = 0n;
  for (const amount of amounts) total += toScaled(amount);
  return fromScaled(total);
}

/** The exact difference a − b of canonical amounts, signed ("-0.5" when b is larger). */
export function amountDifference(a: string, b: string): string {
  const d = toScaled(a) - toScaled(b);
  return d < 0n ? `-${fromScaled(-d)}` : fromScaled(d);
}
