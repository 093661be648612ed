/**
 * Reading a sentence's counts the way a clerk reads them: each count with the words that name it
 * (the text since the previous count in its clause, so “行政诉讼案件1件、行政复议案件2件” gives each
 * figure its own subject), the subject the sentence is about at that point (申请, 办结, 行政复议,
 * 行政诉讼, 规范性文件, 主动公开的信息…), its unit and whether it is approximate (约、近、余、多、左右).
 * Every step reads the text between two consecutive counts once: linear in the sentence.
 * Reference: docs/format.md §6 (prose contradicting the tables).
 */
import { CHINESE_NUMERAL_CHARS } from '../../chinese-numerals.ts';
import { countsIn, isSpaceAt, type CountInText } from './numbers-in-text.ts';

/** What a stretch of prose is about; a change of subject ends a 其中 list. */
export type Subject = 'application' | 'result' | 'carried' | 'review' | 'litigation' | 'normative' | 'published';

/**
 * Words naming a subject, in the order that settles a tie (a later entry wins where two start at
 * the same place). 依申请公开 is the kind of request, not the request (办结依申请公开81件 is about
 * results); 政府信息公开 (the field) is not 公开政府信息 (items published); 行政许可 is a category
 * of published items as often as a table 二 figure, so it names no subject.
 */
export const SUBJECT_WORDS: readonly (readonly [Subject, RegExp])[] = [
  ['carried', /结转/g],
  ['review', /行政复议/g],
  ['litigation', /行政诉讼/g],
  ['normative', /规范性文件|规章/g],
  ['published', /主动公开|公开(?:政府)?信息|发布(?:政府)?信息/g],
  ['result', /办结|办理完毕|答复|共办理/g],
  ['application', /(?<!依)申请(?!公开|人)|受理/g],
];

/**
 * All the words as one pattern, one group per subject, latest entry first so that it wins a tie.
 * One scan instead of one per subject: the gap before every count is read here, which made this
 * the rule engine's hottest loop (issue 12 §4).
 */
const ANY_SUBJECT = new RegExp(
  [...SUBJECT_WORDS]
    .reverse()
    .map(([, re]) => `(${re.source})`)
    .join('|'),
  'g',
);
const SUBJECT_OF_GROUP: readonly Subject[] = [...SUBJECT_WORDS].reverse().map(([subject]) => subject);

/** Characters handed to the subject words and read around counts, for the tests that prove it linear. */
export const readingSteps = { count: 0 };

/**
 * The last subject named in `text`, with its offset, or null. Matches are searched from every
 * start (a word inside another, 办结转, is found), so the last one wins as with a scan per subject.
 */
export function lastSubject(text: string): { subject: Subject; at: number } | null {
  readingSteps.count += text.length;
  let best: { subject: Subject; at: number } | null = null;
  ANY_SUBJECT.lastIndex = 0;
  for (let m = ANY_SUBJECT.exec(text); m; m = ANY_SUBJECT.exec(text)) {
    let group = 1;
    while (m[group] === undefined && group < m.length - 1) group++;
    best = { subject: SUBJECT_OF_GROUP[group - 1] as Subject, at: m.index };
    ANY_SUBJECT.lastIndex = m.index + 1;
  }
  ANY_SUBJECT.lastIndex = 0;
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
/** Words just before a number that make it approximate (checked with endsWith: a `$` pattern is tried at every character). */
const APPROXIMATE_BEFORE = ['约', '近', '逾', '超过'] as const;
const APPROXIMATE_AFTER = /^(?:余|多|左右|以上)/;

/** Where the number at `at` and its unit end (the scanner only returns numbers followed by a unit). */
function unitAt(sentence: string, at: number): { unit: string; end: number } {
  let i = at;
  while (i < sentence.length && (NUMBER_CHARS.has(sentence.charAt(i)) || isSpaceAt(sentence, i))) i++;
  readingSteps.count += i - at + 1;
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
    readingSteps.count += segment.length;
    const { unit, end } = unitAt(text, count.index);
    const approximate = APPROXIMATE_BEFORE.some((w) => segment.endsWith(w)) || APPROXIMATE_AFTER.test(text.slice(end, end + 2));
    out.push({
      value: count.value,
      index: count.index,
      sentence: count.sentence,
      clauseBefore: count.clauseBefore,
      inSentence: count.inSentence,
      segment,
      subject,
      approximate,
      unit,
      end,
    });
    previousEnd = end;
  }
  return out;
}

/**
 * Texts read lately, least recently used first. The figure and breakdown rules read the same fields
 * in one run, and the app re-runs the rules on every edit while most fields stay as they were. The
 * oldest text goes when it is full (not all of them: clearing it in the middle of a report's run
 * made the breakdown rule read again, for one report in three, what the figure rule had just read).
 */
const readCache = new Map<string, readonly ReadCount[]>();
export const READ_CACHE_SIZE = 32;

/** The counts of a text, read (`readCounts(text, countsIn(text))`), shared: callers must not change them. */
export function readText(text: string): readonly ReadCount[] {
  let read = readCache.get(text);
  if (read) {
    // Now the most recently used.
    readCache.delete(text);
  } else {
    read = readCounts(text, countsIn(text));
    if (readCache.size >= READ_CACHE_SIZE) {
      const oldest = readCache.keys().next();
      if (!oldest.done) readCache.delete(oldest.value);
    }
  }
  readCache.set(text, read);
  return read;
}
