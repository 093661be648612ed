/**
 * Reading a sentence's counts the way a clerk reads them: each count with the words that name it
 * (the text since the previous count in its clause, so “行政诉讼案件1件、行政复议案件2件” gives each
 * figure its own subject), the subject the sentence is about at that point (申请, 办结, 行政复议,
 * 行政诉讼, 规范性文件, 主动公开的信息…), its unit and whether it is approximate (约、近、余、多、左右).
 * Every step reads the text between two consecutive counts once: linear in the sentence.
 * Reference: docs/format.md §6 (prose contradicting the tables).
 */
import { CHINESE_NUMERAL_CHARS } from '../../chinese-numerals.ts';
import type { CountInText } from './numbers-in-text.ts';

/** What a stretch of prose is about; a change of subject ends a 其中 list. */
export type Subject = 'application' | 'result' | 'carried' | 'review' | 'litigation' | 'normative' | 'published';

/**
 * Words naming a subject. 依申请公开 is the kind of request, not the request (办结依申请公开81件 is
 * about results); 政府信息公开 (the field) is not 公开政府信息 (items published); 行政许可 is a
 * category of published items as often as a table 二 figure, so it names no subject.
 */
const SUBJECT_WORDS: readonly (readonly [Subject, RegExp])[] = [
  ['carried', /结转/g],
  ['review', /行政复议/g],
  ['litigation', /行政诉讼/g],
  ['normative', /规范性文件|规章/g],
  ['published', /主动公开|公开(?:政府)?信息|发布(?:政府)?信息/g],
  ['result', /办结|办理完毕|答复|共办理/g],
  ['application', /(?<!依)申请(?!公开|人)|受理/g],
];

/** The last subject named in `text`, with its offset, or null. */
export function lastSubject(text: string): { subject: Subject; at: number } | null {
  let best: { subject: Subject; at: number } | null = null;
  for (const [subject, re] of SUBJECT_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (!best || m.index >= best.at) best = { subject, at: m.index };
    re.lastIndex = 0;
  }
  return best;
}

export interface ReadCount extends CountInText {
  /** The words naming this count: its clause since the previous count ended. */
  segment: string;
  /** What the sentence is about at this count (the last subject named before it), or null. */
  subject: Subject | null;
  /** Whether the count stands for an approximate figure (约100件, 100余件, 近百件): never an error. */
  approximate: boolean;
  unit: string;
  /** Offset in the sentence just after the unit. */
  end: number;
}

const NUMBER_CHARS = new Set(`0123456789,，${CHINESE_NUMERAL_CHARS}`);
const APPROXIMATE_BEFORE = /(?:约|近|逾|超过|大约|将近|接近)$/;
const APPROXIMATE_AFTER = /^(?:余|多|左右|以上)/;

/** Where the number at `at` and its unit end (the scanner only returns numbers followed by a unit). */
function unitAt(sentence: string, at: number): { unit: string; end: number } {
  let i = at;
  while (i < sentence.length && (NUMBER_CHARS.has(sentence.charAt(i)) || /\s/.test(sentence.charAt(i)))) i++;
  return { unit: sentence.charAt(i), end: i + 1 };
}

/**
 * The counts of a text (from `countsIn(text)`, in order), read. Offsets are the text's: a count's
 * subject carries over within its sentence and starts afresh in the next.
 */
export function readCounts(text: string, counts: readonly CountInText[]): ReadCount[] {
  const out: ReadCount[] = [];
  let subject: Subject | null = null;
  let sentenceAt = -1;
  let previousEnd = 0;
  for (const count of counts) {
    const start = count.index - count.inSentence;
    if (start !== sentenceAt) [sentenceAt, subject, previousEnd] = [start, null, start];
    const named = lastSubject(text.slice(previousEnd, count.index));
    if (named) subject = named.subject;
    const clauseStart = count.index - count.clauseBefore.length;
    const segment = text.slice(Math.max(clauseStart, previousEnd), count.index);
    const { unit, end } = unitAt(text, count.index);
    const approximate = APPROXIMATE_BEFORE.test(segment) || APPROXIMATE_AFTER.test(text.slice(end, end + 2));
    out.push({ ...count, segment, subject, approximate, unit, end });
    previousEnd = end;
  }
  return out;
}
