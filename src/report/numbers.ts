/**
 * What a user or a pasted spreadsheet may put in a cell, normalised: full-width digits, thousands
 * separators and spaces are accepted; negatives, letters and decimals in count cells are refused.
 */
import { AMOUNT_DECIMALS, AMOUNT_INTEGER_DIGITS, MAX_COUNT } from './definition/index.ts';

export type NumberProblem = 'negative' | 'decimal' | 'notNumber' | 'tooLarge' | 'tooManyDecimals';
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; problem: NumberProblem };

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;

/** Full-width digits and punctuation to ASCII; spaces (incl. U+3000, NBSP) removed. */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(/[．。]/g, '.')
    .replace(/[，､]/g, ',')
    .replace(/[－−—–]/g, '-')
    .replace(/[\s\u3000\u00a0]+/g, '');
}

/** Thousands separators only where they group by three: 1,234,567 — not 1,23. */
function stripThousands(text: string): string | null {
  if (!text.includes(',')) return text;
  const [whole = '', ...fraction] = text.split('.');
  if (!/^\d{1,3}(,\d{3})+$/.test(whole) || fraction.some((f) => f.includes(','))) return null;
  return [whole.replace(/,/g, ''), ...fraction].join('.');
}

/**
 * A figure as tables copied from Excel, WPS or a printed report carry it: “3件”, “12 条”,
 * “6793.94万元”. Only the unit the cell is counted in goes: “6793.94元” is not 万元 and stays
 * unreadable rather than being read 10 000 times too large.
 */
export function withoutUnit(text: string, amount: boolean): string {
  return text.trim().replace(amount ? /万元$/ : /(?:件|条|个|次|项|人次)$/, '');
}

export function parseCount(input: string): Parsed<number> {
  const text = normalizeNumberText(input);
  if (text === '') return { ok: true, value: null };
  if (/^-/.test(text)) return { ok: false, problem: 'negative' };
  const plain = stripThousands(text);
  if (plain === null) return { ok: false, problem: 'notNumber' };
  if (/^\d+\.\d*$/.test(plain)) {
    // 12.0 from a spreadsheet is still twelve; 12.5 applications is not a count.
    if (/^\d+\.0*$/.test(plain)) return countOf(plain.split('.')[0] ?? '');
    return { ok: false, problem: 'decimal' };
  }
  if (!/^\d+$/.test(plain)) return { ok: false, problem: 'notNumber' };
  return countOf(plain);
}

function countOf(padded: string): Parsed<number> {
  // Zeros in front (a spreadsheet's fixed-width column) add no size: 0000000000012 is 12.
  const digits = padded.replace(/^0+(?=\d)/, '');
  if (digits.length > String(MAX_COUNT).length) return { ok: false, problem: 'tooLarge' };
  const value = Number(digits);
  return value > MAX_COUNT ? { ok: false, problem: 'tooLarge' } : { ok: true, value };
}

/** 万元 amounts are kept as canonical decimal strings: "6793.94", "0", "12.5". */
export function parseAmount(input: string): Parsed<string> {
  const text = normalizeNumberText(input);
  if (text === '') return { ok: true, value: null };
  if (/^-/.test(text)) return { ok: false, problem: 'negative' };
  const plain = stripThousands(text);
  if (plain === null) return { ok: false, problem: 'notNumber' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(plain);
  if (!match || (match[1] === '' && !match[2])) return { ok: false, problem: 'notNumber' };
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '') || '0';
  // Trailing zeros cut by hand: `/0+$/` retried from every zero of a long run (quadratic).
  const digits = match[2] ?? '';
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  const fraction = digits.slice(0, end);
  if (fraction.length > AMOUNT_DECIMALS) return { ok: false, problem: 'tooManyDecimals' };
  if (whole.length > AMOUNT_INTEGER_DIGITS) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: fraction ? `${whole}.${fraction}` : whole };
}

export const AMOUNT_PATTERN = new RegExp(`^(0|[1-9]\\d{0,${AMOUNT_INTEGER_DIGITS - 1}})(\\.\\d{0,${AMOUNT_DECIMALS - 1}}[1-9])?$`);

export function isCanonicalAmount(value: string): boolean {
  return AMOUNT_PATTERN.test(value);
}

export function isValidCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}
