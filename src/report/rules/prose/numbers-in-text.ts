/**
 * Numbers in narrative text that count things (156件, 1,234条, 一百五十六件, 两件), with their
 * sentence and clause; dates, years, phone numbers, 第711号, percentages and 〔2021〕 are not
 * counts and are never returned. Reference: docs/format.md §6 (prose contradicting the tables).
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

const UNITS = '件|条|篇|个|项|起|份|宗';
const COUNT = new RegExp(`(?<![\\d.第〔\\-—])(\\d{1,3}(?:[,，]\\d{3})+|\\d+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(?:${UNITS})`, 'gu');

export function sentencesOf(text: string): { sentence: string; start: number }[] {
  const out: { sentence: string; start: number }[] = [];
  const re = /[^。！？!?\n]+[。！？!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ sentence: m[0], start: m.index });
  return out;
}

/** Whether a clause mentions any count (cheaper than listing them). */
export function hasCount(text: string): boolean {
  COUNT.lastIndex = 0;
  const found = COUNT.test(text);
  COUNT.lastIndex = 0;
  return found;
}

export function countsIn(text: string): CountInText[] {
  const out: CountInText[] = [];
  for (const { sentence, start } of sentencesOf(text)) {
    COUNT.lastIndex = 0;
    for (let m = COUNT.exec(sentence); m; m = COUNT.exec(sentence)) {
      const raw = m[1] ?? '';
      const value = /\d/.test(raw) ? Number(raw.replace(/[,，]/g, '')) : parseChineseNumber(raw);
      if (value === null || !Number.isFinite(value)) continue;
      const before = sentence.slice(0, m.index);
      const clauseStart = Math.max(...['，', '；', '：', ',', ';', ':'].map((p) => before.lastIndexOf(p))) + 1;
      out.push({ value, index: start + m.index, sentence: sentence.trim(), clauseBefore: before.slice(clauseStart), inSentence: m.index });
    }
  }
  return out;
}
