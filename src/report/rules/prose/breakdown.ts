/**
 * “共532条，其中…357条…101篇…75篇”: the parts of a 其中 list may not exceed its total, and a list
 * that names every category (it ends with 其他…, or names both 自然人 and 法人或其他组织) may not fall
 * short of it. The list runs from 其中 to the end of the sentence or to a clause that changes
 * subject (“；因政府信息公开引起的行政复议案件2件” after a list of results) or starts a new total
 * (“；共办理718件”). Counts after the 其他 part may still belong to the list (“其他…36条；在专栏公开
 * 信息69条” = 117) or be a separate one (“其他…12条；公开财政预决算信息2条…”): whichever reading
 * adds up is accepted. Approximate figures (约、近、余) are never checked. docs/format.md §6.
 */
import { narrativeAt, narrativeTextPaths } from '../../narrative-paths.ts';
import { ADVISORY, type Finding, type Rule } from '../types.ts';
import { lastSubject, readText, readingSteps, type ReadCount } from './reading.ts';

export interface Breakdown {
  total: ReadCount;
  /** The parts up to and including the one that completes the list (or all, when none does). */
  parts: ReadCount[];
  /** Whether the parts name every category (其他…, or 自然人 and 法人). */
  exhaustive: boolean;
  /** Counts after the completing part that may still belong to the list. */
  more: ReadCount[];
  /** Requester categories named so far (flags, so a long list costs one look per part). */
  named: { natural: boolean; legal: boolean };
}

/** A clause that starts a new total, not a part: 共办理718件, 另有…, 此外…. */
const NEW_TOTAL = /^[，；：,;:、\s]*(?:共|合计|总计|累计|另|此外|同时|全年)/;
const LEADING = /^[，；：,;:、\s]*(?:其中)?[，；：,;:、\s]*/;

/** The 其中 lists of a text, in order. */
export function breakdownsIn(text: string): Breakdown[] {
  const out: Breakdown[] = [];
  let list: Breakdown | null = null;
  let previous: ReadCount | null = null;
  const close = () => {
    if (list) out.push(list);
    list = null;
  };
  for (const count of readText(text)) {
    const sameSentence = previous !== null && previous.index - previous.inSentence === count.index - count.inSentence;
    if (!sameSentence) close();
    const gap = sameSentence && previous ? text.slice(previous.end, count.index) : '';
    readingSteps.count += gap.length;
    if (gap.includes('其中') && previous) {
      close();
      list = { total: previous, parts: [], exhaustive: false, more: [], named: { natural: false, legal: false } };
    } else if (list) {
      const named = lastSubject(count.segment);
      const current: Breakdown = list;
      // The segment is only the count's own clause: 此外，… and 同时，… leave their word in the gap.
      if (NEW_TOTAL.test(count.segment) || NEW_TOTAL.test(gap) || (named && named.subject !== current.total.subject)) close();
    }
    const open: Breakdown | null = list;
    if (open) {
      if (open.exhaustive) open.more.push(count);
      else {
        open.parts.push(count);
        const name = count.segment.replace(LEADING, '');
        if (name.includes('自然人')) open.named.natural = true;
        if (name.includes('法人')) open.named.legal = true;
        if (name.startsWith('其他') || (open.named.natural && open.named.legal)) open.exhaustive = true;
      }
    }
    previous = count;
  }
  close();
  return out;
}

export type BreakdownVerdict = { kind: 'exceeds' | 'short'; sum: number } | null;

/** What is wrong with a list, if anything: every reading that could add up is tried first. */
export function judgeBreakdown(b: Breakdown): BreakdownVerdict {
  if (b.parts.length < 2 || b.total.approximate || b.parts.some((p) => p.approximate)) return null;
  const sum = b.parts.reduce((a, p) => a + p.value, 0);
  // Every reading in turn: the parts alone, then with each further count.
  let extended = sum;
  for (const p of b.more) {
    if (extended === b.total.value) return null;
    extended += p.value;
  }
  if (extended === b.total.value) return null;
  if (sum > b.total.value) return { kind: 'exceeds', sum };
  return b.exhaustive ? { kind: 'short', sum } : null;
}

export const proseBreakdownRule: Rule = {
  id: 'prose.breakdownExceeds',
  produces: ['prose.breakdownExceeds', 'prose.breakdownShort'],
  traits: ADVISORY,
  check(report) {
    const findings: Finding[] = [];
    for (const path of narrativeTextPaths()) {
      const text = narrativeAt(report.narrative, path) ?? '';
      for (const b of breakdownsIn(text)) {
        const verdict = judgeBreakdown(b);
        if (!verdict) continue;
        findings.push({
          ruleId: verdict.kind === 'exceeds' ? 'prose.breakdownExceeds' : 'prose.breakdownShort',
          severity: 'warning',
          cells: [path],
          params: { sentence: b.total.sentence, total: b.total.value, parts: b.parts.map((p) => p.value).join('+'), sum: verdict.sum },
        });
      }
    }
    return findings;
  },
};
