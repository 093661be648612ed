/**
 * Counts a report announces and then does not keep (issue 12):
 * - “从以下三方面加以改进：一是…；二是…。” — a list announced with a number and enumerated 一是、
 *   二是… that stops short of it or runs past it;
 * - “本报告包括总体情况、…等六个部分” when the printed report has a different number of sections
 *   (the app prints the six the form mandates, docs/format.md §2).
 * Warnings quoting the sentence, at the field. Every step is one pass of a regex with a bounded
 * match, or a walk of the matches in order: linear in the text (`announcedSteps`, tested).
 */
import { SECTIONS } from '../definition/index.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from '../chinese-numerals.ts';
import { narrativeAt, narrativeTextPaths } from '../narrative-paths.ts';
import { ADVISORY, type Finding, type Rule } from './types.ts';

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}0-9]{1,4}`;
/**
 * 以下三方面, 如下两点, 以下三个问题: only with 以下/如下/下列, which promise that the list follows
 * (“围绕三个方面开展工作” announces nothing). 几 is no number and is never read.
 */
const ANNOUNCEMENT = new RegExp(`(?:以下|如下|下列)(${NUMERAL})(?:个|项|条|点)?(?:方面|点|项|条|问题|措施|举措|不足)`, 'g');
const ANNOUNCING = ['以下', '如下', '下列'] as const;
/** 一是 at the start of a clause (not 统一是, 唯一是). */
const ENUMERATOR = /(?:^|[\s：:；;。，,！!？?）)])([一二三四五六七八九十]{1,3})是/g;
/**
 * 本报告…六个部分 / 共分六部分 / 由…六部分组成: the parts of the report itself. Found from the
 * literal 部分 (a pattern starting with the numeral class is tried at every character: slow).
 */
const PARTS = /部分/g;
const NUMERAL_BEFORE = new RegExp(`(${NUMERAL})个?$`);
const MAKEUP = /包括|包含|分为|共分|组成|构成/g;
/** A list starts at most this far after its announcement (“…加以改进：一是”), else it is not its list. */
const LIST_START_WITHIN = 300;

/** Matches visited and characters skipped, for the test that proves the rule linear. */
export const announcedSteps = { count: 0 };

interface Hit {
  at: number;
  end: number;
  value: number;
}

function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    announcedSteps.count++;
    const raw = m[1] ?? '';
    const value = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
    if (value !== null && value > 0) out.push({ at: m.index, end: m.index + m[0].length, value });
  }
  re.lastIndex = 0;
  return out;
}

const SENTENCE_END = '。！？!?\n';

/**
 * The sentences around offsets asked for in increasing order. Each character is read once over
 * all the calls (a sentence asked for twice is not read again), so quoting stays linear however
 * many findings one long sentence holds.
 */
function sentenceCursor(text: string): (at: number) => { sentence: string; start: number } {
  let start = 0;
  let end = 0;
  return (at) => {
    while (end <= at) {
      start = end;
      while (end < text.length && !SENTENCE_END.includes(text.charAt(end))) end++;
      end = Math.min(end + 1, text.length);
      announcedSteps.count += end - start;
    }
    return { sentence: text.slice(start, end).trim(), start };
  };
}

export interface ListMismatch {
  sentence: string;
  announced: number;
  /** How many items 一是、二是… were listed in order. */
  listed: number;
}

/** Announced lists whose 一是、二是… do not reach (or overrun) the announced number; one per sentence. */
export function listMismatches(text: string): ListMismatch[] {
  // Most fields announce nothing: a plain search passes them over faster than the pattern.
  if (!ANNOUNCING.some((w) => text.includes(w))) return [];
  const announcements = hits(ANNOUNCEMENT, text);
  if (announcements.length === 0) return [];
  const enumerators = hits(ENUMERATOR, text);
  const sentenceAt = sentenceCursor(text);
  const out: ListMismatch[] = [];
  let lastSentence = -1;
  let e = 0;
  for (let a = 0; a < announcements.length; a++) {
    const announcement = announcements[a] as Hit;
    const next = announcements[a + 1]?.at ?? text.length;
    for (; e < enumerators.length && (enumerators[e] as Hit).at < announcement.end; e++) announcedSteps.count++;
    const first = enumerators[e];
    if (!first || first.value !== 1 || first.at >= next || first.at - announcement.end > LIST_START_WITHIN) continue;
    let listed = 1;
    for (e++; e < enumerators.length && (enumerators[e] as Hit).at < next; e++) {
      announcedSteps.count++;
      if ((enumerators[e] as Hit).value !== listed + 1) break;
      listed++;
    }
    if (listed === announcement.value) continue;
    const { sentence, start } = sentenceAt(announcement.at);
    if (start === lastSentence) continue;
    lastSentence = start;
    out.push({ sentence, announced: announcement.value, listed });
  }
  return out;
}

/** Each 部分 with the number right before it (六个部分, 6部分), reading at most five characters back. */
function partsHits(text: string): Hit[] {
  const out: Hit[] = [];
  PARTS.lastIndex = 0;
  for (let m = PARTS.exec(text); m; m = PARTS.exec(text)) {
    announcedSteps.count++;
    const raw = NUMERAL_BEFORE.exec(text.slice(Math.max(0, m.index - 5), m.index))?.[1];
    if (!raw) continue;
    const value = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
    if (value !== null) out.push({ at: m.index - raw.length, end: m.index + 2, value });
  }
  PARTS.lastIndex = 0;
  return out;
}

/** 本报告…N个部分 where N is not the number of printed sections; one per sentence. */
export function partsMismatches(text: string, printed = SECTIONS.length): { sentence: string; announced: number }[] {
  const out: { sentence: string; announced: number }[] = [];
  const sentenceAt = sentenceCursor(text);
  let lastSentence = -1;
  for (const hit of partsHits(text)) {
    // 一部分群众: one part is never the report's make-up.
    if (hit.value === printed || hit.value < 2) continue;
    const { sentence, start } = sentenceAt(hit.at);
    if (start === lastSentence) continue;
    lastSentence = start;
    if (isAboutTheReport(sentence)) out.push({ sentence, announced: hit.value });
  }
  return out;
}

/** 本报告包括…, 年度报告由…组成, 报告共分…: 报告 and then a word of make-up (one pass each). */
function isAboutTheReport(sentence: string): boolean {
  const report = sentence.indexOf('报告');
  if (report < 0) return false;
  MAKEUP.lastIndex = report;
  const found = MAKEUP.test(sentence);
  MAKEUP.lastIndex = 0;
  return found;
}

export const announcedCountRule: Rule = {
  id: 'narrative.listCount',
  produces: ['narrative.listCount', 'narrative.partsCount'],
  traits: ADVISORY,
  check(report): Finding[] {
    const findings: Finding[] = [];
    const texts: [string, string][] = [
      ['preamble.opening', report.preamble.opening ?? ''],
      ...narrativeTextPaths().map((path): [string, string] => [path, narrativeAt(report.narrative, path) ?? '']),
    ];
    for (const [path, text] of texts) {
      if (!text) continue;
      for (const m of listMismatches(text))
        findings.push({ ruleId: 'narrative.listCount', severity: 'warning', cells: [path], params: { ...m } });
      for (const m of partsMismatches(text))
        findings.push({ ruleId: 'narrative.partsCount', severity: 'warning', cells: [path], params: { ...m, printed: SECTIONS.length } });
    }
    return findings;
  },
};
