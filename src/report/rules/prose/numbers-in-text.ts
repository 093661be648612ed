/**
 * Numbers in narrative text that count things (156件, 1,234条, 一百五十六件, 两件), with their
 * sentence and clause; dates, years, phone numbers, 第711号, percentages and 〔2021〕 are not
 * counts and are never returned. Reference: docs/format.md §6 (prose contradicting the tables).
 *
 * A hand-written scanner rather than a regex: the regex it replaces
 * (`(?<![\d.第〔\-—])(\d{1,3}(?:[,，]\d{3})+|\d+|[〇一…]+)\s*(?:件|条|…)`) restarted at every
 * character of a run of numerals or comma groups and rescanned the run, quadratic in the run's
 * length (a 60 000-character section froze the page). The scanner reads each run once and finds
 * exactly the matches the regex found (see the comments in `countAt`).
 */
import { parseChineseNumber, CHINESE_NUMERAL_CHARS } from '../../chinese-numerals.ts';

export interface CountInText {
  value: number;
  /** Offset of the number in the text. */
  index: number;
  sentence: string;
  /** The clause (between ，；： and 。) up to the number, where the words saying what is counted stand. */
  clauseBefore: string;
  /** Offset of the number inside its sentence. */
  inSentence: number;
}

/** Character classes as one lookup table (BMP: every character that matters is in it). */
const UNIT = 1;
const NUMERAL = 2;
/** A number right after one of these is part of something else: 1.5, 第3件, 〔2021〕, 0631-5208761. */
const NOT_AFTER = 4;
const CLAUSE_BREAK = 8;
const SPACE = 16;
const CLASSES = new Uint8Array(0x10000);
const mark = (chars: string, flag: number) => {
  for (const c of chars) CLASSES[c.charCodeAt(0)] = (CLASSES[c.charCodeAt(0)] ?? 0) | flag;
};
mark('件条篇个项起份宗', UNIT);
mark(CHINESE_NUMERAL_CHARS, NUMERAL);
mark('0123456789.第〔-—', NOT_AFTER);
mark('，；：,;:', CLAUSE_BREAK);
// \s: WhiteSpace and LineTerminator, all in the BMP.
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) mark(String.fromCharCode(c), SPACE);
/** Whether the character at `at` is whitespace (as `\s`), by table lookup. */
export const isSpaceAt = (text: string, at: number): boolean => is(text, at, SPACE);
const is = (text: string, at: number, flag: number) => at >= 0 && at < text.length && ((CLASSES[text.charCodeAt(at)] ?? 0) & flag) !== 0;
/**
 * A clause is looked at no further back than this from its number: the words naming a count stand
 * right before it (the key figures' patterns span at most ~20 characters); the longest clause in
 * the real reports we have (seeds, corpus) is 163. Keeps the work per number bounded.
 */
export const MAX_CLAUSE = 200;
/**
 * Clause text handed to the key-figure patterns per sentence, per character of the sentence. A
 * sentence of numbers with no punctuation (申请1件申请1件…) would otherwise hand over clauses
 * whose total length grows with the square of the sentence. Prose uses about 1; the highest in the
 * real reports is 7.8, on table rows read as one sentence (linear.test.ts checks they are all
 * unchanged). Past the budget the numbers are still returned, with an empty clause.
 */
export const CLAUSE_BUDGET_PER_CHAR = 8;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Operations done by the scanner (characters visited), for the tests that prove it linear. */
export const scanSteps = { count: 0 };

/** Where the comma groups starting at a run of ≤ 3 digits end, remembered for the scan in progress. */
interface Chain {
  end: number;
}

/** A count starting at `at`, or null: the number's raw text and where the match ends. */
function countAt(text: string, at: number, chain: Chain): { raw: string; end: number } | null {
  const first = text.charCodeAt(at);
  let end = at;
  if (isDigit(first)) {
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    // \d{1,3}(?:[,，]\d{3})+ can only match the whole leading run (a shorter one is followed by a
    // digit, not a comma), and only with as many groups as there are (fewer leave a comma before
    // the unit).
    let groupsEnd = end;
    if (end - at <= 3) {
      // A start inside groups already read (1,111,111 without a unit: each group is a new start,
      // after a comma) ends where they ended: read them once, not once per group.
      if (at < chain.end) groupsEnd = chain.end;
      else {
        while ((text[groupsEnd] === ',' || text[groupsEnd] === '，') && isDigits3(text, groupsEnd + 1)) groupsEnd += 4;
        scanSteps.count += groupsEnd - end;
        chain.end = groupsEnd;
      }
    }
    if (groupsEnd > end) {
      const unit = unitAfter(text, groupsEnd);
      if (unit >= 0) return { raw: text.slice(at, groupsEnd), end: unit + 1 };
    }
    // \d+ then the unit: a shorter run would leave a digit before the unit.
    const unit = unitAfter(text, end);
    return unit >= 0 ? { raw: text.slice(at, end), end: unit + 1 } : null;
  }
  while (is(text, end, NUMERAL)) end++;
  scanSteps.count += end - at;
  const unit = unitAfter(text, end);
  return unit >= 0 ? { raw: text.slice(at, end), end: unit + 1 } : null;
}

function isDigits3(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    !isDigit(text.charCodeAt(at + 3))
  );
}

/** Index of the unit after optional spaces, or -1. */
function unitAfter(text: string, at: number): number {
  let i = at;
  while (is(text, i, SPACE)) i++;
  scanSteps.count += i - at + 1;
  return is(text, i, UNIT) ? i : -1;
}

/** Every count in `text`, in order: its number's offset, raw text and value. */
function* scanCounts(text: string): Generator<{ index: number; raw: string }> {
  let i = 0;
  const chain: Chain = { end: -1 };
  while (i < text.length) {
    scanSteps.count++;
    const startsNumber = isDigit(text.charCodeAt(i)) || is(text, i, NUMERAL);
    if (!startsNumber || is(text, i - 1, NOT_AFTER)) {
      i++;
      continue;
    }
    const found = countAt(text, i, chain);
    if (found) {
      yield { index: i, raw: found.raw };
      i = found.end;
      continue;
    }
    // No count starts anywhere in this run: a later start inside a digit run is preceded by a
    // digit, and one inside a run of numerals reaches the same end without a unit. Skip the run.
    const digit = isDigit(text.charCodeAt(i));
    do i++;
    while (i < text.length && (digit ? isDigit(text.charCodeAt(i)) : is(text, i, NUMERAL)));
  }
}

function valueOf(raw: string): number | null {
  return isDigit(raw.charCodeAt(0)) ? Number(raw.replace(/[,，]/g, '')) : parseChineseNumber(raw);
}

export function sentencesOf(text: string): { sentence: string; start: number }[] {
  const out: { sentence: string; start: number }[] = [];
  const re = /[^。！？!?\n]+[。！？!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ sentence: m[0], start: m.index });
  return out;
}

/** Whether a clause mentions any count, well-formed or not (cheaper than listing them). */
export function hasCount(text: string): boolean {
  return !scanCounts(text).next().done;
}

export function countsIn(text: string): CountInText[] {
  const out: CountInText[] = [];
  for (const { sentence, start } of sentencesOf(text)) {
    // Trimmed once per sentence: every count of the sentence shares the string.
    const trimmed = sentence.trim();
    let budget = CLAUSE_BUDGET_PER_CHAR * sentence.length;
    // The clause's start, found by reading forward once (the counts come in order).
    let clauseStart = 0;
    let read = 0;
    for (const { index, raw } of scanCounts(sentence)) {
      const value = valueOf(raw);
      if (value === null || !Number.isFinite(value)) continue;
      scanSteps.count += index - read;
      for (; read < index; read++) if (is(sentence, read, CLAUSE_BREAK)) clauseStart = read + 1;
      const from = Math.max(clauseStart, index - MAX_CLAUSE);
      // A clause cut short by the budget would be a different clause: hand over none.
      const clauseBefore = index - from <= budget ? sentence.slice(from, index) : '';
      budget -= clauseBefore.length;
      out.push({ value, index: start + index, sentence: trimmed, clauseBefore, inSentence: index });
    }
  }
  return out;
}
