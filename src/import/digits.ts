/**
 * Numbers in table cells as sources print them: 1,234 or 3 119 or ３１１９件; and in
 * pdftotext output, cells run together (“58 1” in one cell, or “1590” for 159 and 0). The
 * printed totals decide between the possible readings.
 */
import { parseAmount, parseCount } from '../report/index.ts';

/** A cell that holds only a number (with separators, spaces or a 件/条/个 unit). */
const COUNT_CELL = /^[\d０-９][\d０-９,，\s\u3000\u00a0]*(?:件|条|个|次|项)?$/;
const AMOUNT_CELL = /^[\d０-９][\d０-９,，.．\s\u3000\u00a0]*(?:万元)?$/;
/**
 * Cells printed for “nothing” in place of 0 (docs/format.md §6: blank or “/”). The hyphen is
 * escaped: unescaped after the backslash it made a range U+005C–U+2014, so a lone `x` read as 0.
 */
const NOTHING_CELL = /^[/／\\\-—–－]$/;

export function isNumberCell(text: string, amount = false): boolean {
  const t = text.trim();
  return (amount ? AMOUNT_CELL : COUNT_CELL).test(t) || NOTHING_CELL.test(t);
}

const unitless = (t: string) =>
  t
    .trim()
    .replace(/(?:件|条|个|次|项|万元)$/, '')
    .trim();

/** One cell read as one number: thousands separators (1,234 / 1 234) accepted; null if not. */
function wholeCount(text: string): number | null {
  const t = unitless(text);
  if (NOTHING_CELL.test(t)) return 0;
  // A space is a thousands separator only when it groups by three (3 119), never “58 1”.
  if (/\s/.test(t) && !/^\d{1,3}(?:[\s\u3000\u00a0]\d{3})+$/.test(t)) return null;
  const parsed = parseCount(t);
  return parsed.ok ? parsed.value : null;
}

/** Every way to split a digit string into `parts` numbers without leading zeros. */
function digitSplits(digits: string, parts: number): number[][] {
  if (parts === 1) return digits.length > 1 && digits[0] === '0' ? [] : [[Number(digits)]];
  const out: number[][] = [];
  for (let i = 1; i <= digits.length - parts + 1; i++) {
    const head = digits.slice(0, i);
    if (head.length > 1 && head[0] === '0') break;
    for (const tail of digitSplits(digits.slice(i), parts - 1)) out.push([Number(head), ...tail]);
  }
  return out;
}

/**
 * Cells (or space-separated pieces of one cell) beyond which only the plain reading is tried. A
 * table 四 row has 15 numbers and the whole table is read as one row; the seeds' longest has 18.
 */
export const MAX_WALK_CELLS = 64;

interface Reading {
  values: number[];
  cost: number;
  /** Digits an OCR split with a stray space, joined back (“1 52” → 152): taken only when the printed totals prove it. */
  joined?: boolean;
}

/** Possible readings of one raw cell, the plain one first. */
function readings(raw: string, room: number, join = false): Reading[] {
  const out: Reading[] = [];
  const whole = wholeCount(raw);
  if (whole !== null) out.push({ values: [whole], cost: 0 });
  const t = unitless(raw);
  const pieces = t.split(/[\s\u3000\u00a0]+/).filter(Boolean);
  if (pieces.length > 1 && pieces.length <= MAX_WALK_CELLS) {
    const values = pieces.map((p) => wholeCount(p));
    if (values.every((v) => v !== null)) out.push({ values: values as number[], cost: 1 });
    if (join && pieces.every((p) => /^\d+$/.test(p)) && pieces.join('').length <= 9 && !/^0\d/.test(pieces.join('')))
      out.push({ values: [Number(pieces.join(''))], cost: 3, joined: true });
  }
  if (/^\d{2,9}$/.test(t)) {
    for (let parts = 2; parts <= Math.min(t.length, room + 1); parts++) {
      for (const split of digitSplits(t, parts)) out.push({ values: split, cost: parts });
    }
  }
  return out;
}

export interface Resolved {
  values: number[];
  /** The printed totals agreed with the reading chosen. */
  consistent: boolean;
  /** Cells beyond the expected count that were ignored. */
  stray: number;
  /** A run-together or split cell was separated using the totals. */
  split: boolean;
  /** Positions printed blank (their value reads 0 for the totals' check, and is never stored). */
  blanks?: readonly number[];
}

/**
 * A row whose blank cells kept their columns (tab-separated text, a table row): read by position,
 * a blank staying blank. Null when the row has no blank inside it or does not have one cell per
 * column (then the cells are read as a run, `resolveNumbers`). Blanks past the last column (a
 * trailing tab) are dropped.
 */
export function resolveWithBlanks(raw: readonly string[], expected: number, check: (values: number[]) => boolean): Resolved | null {
  let length = raw.length;
  while (length > expected && raw[length - 1] === '') length--;
  const cells = raw.slice(0, length);
  if (cells.length !== expected || !cells.includes('')) return null;
  const values: number[] = [];
  const blanks: number[] = [];
  for (const [i, cell] of cells.entries()) {
    const value = cell === '' ? 0 : wholeCount(cell);
    if (value === null) return null;
    if (cell === '') blanks.push(i);
    values.push(value);
  }
  return { values, consistent: check(values), stray: 0, split: false, blanks };
}

/**
 * Reads `expected` numbers from raw cells. Prefers the plain reading; otherwise the cheapest
 * reading whose totals check out; with extra cells, the first window of `expected` that checks.
 */
export function resolveNumbers(
  raw: readonly string[],
  expected: number,
  check: (values: number[]) => boolean,
  options: { join?: boolean } = {},
): Resolved | null {
  const candidates: Reading[] = [];
  if (raw.length > MAX_WALK_CELLS) {
    // Past any real row: only the plain reading, built in one pass (the walk below recursed once
    // per cell, copying the values so far at each: a stack overflow and quadratic on a section of
    // 100 000 numbers).
    const values: number[] = [];
    for (const cell of raw) {
      const first = readings(cell, 0)[0];
      if (!first) return null;
      values.push(...first.values);
    }
    candidates.push({ values, cost: 0 });
  } else walkReadings(raw, expected, candidates, options.join ?? false);
  return choose(candidates, expected, check);
}

/**
 * `join`: also try digits split by a stray space as one number — only for rows whose printed
 * total can prove it (a row without one would take any joining).
 */
function walkReadings(raw: readonly string[], expected: number, candidates: Reading[], join: boolean): void {
  const walk = (i: number, acc: number[], cost: number, joined: boolean) => {
    if (candidates.length > 2000 || cost > 12) return;
    if (i === raw.length) {
      candidates.push({ values: acc, cost, joined });
      return;
    }
    const room = Math.max(0, expected - acc.length - (raw.length - i - 1));
    for (const r of readings(raw[i] ?? '', room, join)) walk(i + 1, [...acc, ...r.values], cost + r.cost, joined || r.joined === true);
    // The split pieces in cells of their own (“1” / “52” on two lines of an OCR text).
    const [a = '', b = ''] = [raw[i], raw[i + 1]];
    if (join && /^[1-9]\d{0,3}$/.test(a) && /^\d{1,4}$/.test(b)) walk(i + 2, [...acc, Number(a + b)], cost + 3, true);
  };
  walk(0, [], 0, false);
}

function choose(all: Reading[], expected: number, check: (values: number[]) => boolean): Resolved | null {
  all.sort((a, b) => a.cost - b.cost);
  const exact = all.filter((c) => c.values.length === expected);
  const good = exact.find((c) => check(c.values));
  if (good) return { values: good.values, consistent: true, stray: 0, split: good.cost > 0 };
  // A joined reading the totals did not prove is no reading.
  const candidates = all.filter((c) => !c.joined);
  const plain = candidates[0];
  if (plain && plain.values.length > expected) {
    for (let start = 0; start + expected <= plain.values.length; start++) {
      const window = plain.values.slice(start, start + expected);
      if (check(window)) return { values: window, consistent: true, stray: plain.values.length - expected, split: false };
    }
    return { values: plain.values.slice(0, expected), consistent: false, stray: plain.values.length - expected, split: false };
  }
  const fallback = exact.find((c) => !c.joined);
  if (fallback) return { values: fallback.values, consistent: false, stray: 0, split: fallback.cost > 0 };
  return null;
}

/** A 万元 amount cell as a canonical decimal string, or null. */
export function readAmount(raw: string): string | null {
  const t = unitless(raw);
  if (NOTHING_CELL.test(t)) return '0';
  const parsed = parseAmount(t);
  return parsed.ok ? parsed.value : null;
}
