/**
 * The sentence reading (reading.ts, breakdown.ts) against its former self and in steps (issue 12
 * §4): one scan for all the subject words finds what one scan per subject found, and the work of
 * reading counts, their subjects and their 其中 lists grows linearly with the text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakdownsIn } from './breakdown.ts';
import { countsIn } from './numbers-in-text.ts';
import { SUBJECT_WORDS, lastSubject, readCounts, readingSteps, type Subject } from './reading.ts';

/** The former lastSubject: a scan per subject, the latest start winning (a later subject on a tie). */
function oneScanPerSubject(text: string): Subject | null {
  let best: { subject: Subject; at: number } | null = null;
  for (const [subject, re] of SUBJECT_WORDS) {
    const own = new RegExp(re.source, 'g');
    for (let m = own.exec(text); m; m = own.exec(text)) if (!best || m.index >= best.at) best = { subject, at: m.index };
  }
  return best?.subject ?? null;
}

const pieces = fc.constantFrom(
  ...'结转行政复议诉讼规范性文件章主动公开政府信息发布办结理完毕答复共申请受依人x，'.split(''),
  '结转',
  '行政复议',
  '行政诉讼',
  '规章',
  '主动公开',
  '公开信息',
  '发布政府信息',
  '办结',
  '办理完毕',
  '答复',
  '共办理',
  '申请',
  '依申请公开',
  '申请人',
  '受理',
);

const reports = ['/work/shared/corpus', '/work/shared/seeds']
  .filter((dir) => existsSync(dir))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8')),
  );

describe('the subject of a stretch of prose: one scan for every subject word', () => {
  it('finds the subject a scan per subject found (property)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(lastSubject(text)?.subject ?? null).toBe(oneScanPerSubject(text));
      }),
      { seed: 12, numRuns: 5000 },
    );
  });

  it('on every gap before a count in the real reports', () => {
    expect(reports.length).toBeGreaterThan(4);
    for (const text of reports) {
      let previous = 0;
      for (const c of countsIn(text)) {
        const gap = text.slice(previous, c.index);
        expect(lastSubject(gap)?.subject ?? null).toBe(oneScanPerSubject(gap));
        previous = c.index;
      }
    }
  });
});

describe('reading counts and 其中 lists: work grows linearly (steps counted)', () => {
  const steps = (text: string) => {
    readingSteps.count = 0;
    readCounts(text, countsIn(text));
    breakdownsIn(text);
    return readingSteps.count;
  };
  it.each([
    ['a sentence of counts 申请1件', (n: number) => '申请1件'.repeat(n / 4)],
    ['counts with changing subjects', (n: number) => '行政复议1件，行政诉讼2件，办结3件，'.repeat(n / 20)],
    ['one 其中 list that never ends', (n: number) => `受理申请9件，其中${'自然人1件，'.repeat(n / 6)}`],
    ['其中 after every count', (n: number) => '1件其中'.repeat(n / 4)],
    ['subject words and no counts, then one count', (n: number) => `${'行政复议结转申请'.repeat(n / 8)}1件`],
    ['numerals and spaces before units', (n: number) => '一 二 三件'.repeat(n / 6)],
    ['approximate counts', (n: number) => '约1件余'.repeat(n / 4)],
  ])('%s', (_, make) => {
    const n = 40_000;
    const one = steps(make(n));
    const two = steps(make(2 * n));
    expect(one).toBeLessThanOrEqual(6 * n);
    expect(two).toBeLessThanOrEqual(2.5 * one);
  });
});

describe('the step count is honest: every character read is counted', () => {
  // A count that forgot a stretch it reads would let a quadratic reading pass the tests above.
  const readSteps = (text: string) => {
    readingSteps.count = 0;
    readCounts(text, countsIn(text));
    return readingSteps.count;
  };
  it.each([
    ['counts back to back: each number and its unit', '1件'.repeat(500)],
    ['long numbers and their units', '1234567890件，'.repeat(100)],
    ['the words naming each count', '受理申请1件，办结2件，'.repeat(100)],
  ])('%s', (_, text) => {
    expect(readSteps(text)).toBeGreaterThanOrEqual(text.replace(/，+$/, '').length);
  });
});

describe('the 其中 lists count what they read again', () => {
  it('every gap between two counts of a sentence, beyond the reading of its counts', () => {
    const text = `受理申请9件，其中${'自然人1件，'.repeat(200)}`;
    readCounts(text, countsIn(text));
    breakdownsIn(text);
    readingSteps.count = 0;
    // Read once already: this time only the lists' own work is counted.
    breakdownsIn(text);
    expect(readingSteps.count).toBeGreaterThanOrEqual('，其中'.length + 199 * '，自然人'.length);
  });
});
