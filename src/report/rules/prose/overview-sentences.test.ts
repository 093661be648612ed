/**
 * The sentences offered for section 一 (issue 18): each figure and its change from last year is
 * stated as the tables say, a figure that is blank is left out rather than guessed, and whatever is
 * offered passes the prose checks it will be read by.
 */
import { describe, expect, it } from 'vitest';
import { emptyReport, type Report } from '../../index.ts';
import { zeroTablesWith, type Inputs } from '../../testing/tables.ts';
import { proseBreakdownRule, proseFiguresRule } from './prose-rules.ts';
import { suggestOverviewSentences } from './sentences.ts';

const tables = zeroTablesWith;
function report(inputs: Inputs, previous?: Inputs): Report {
  const r = { ...emptyReport({ organ: '某镇人民政府', year: 2024 }), tables: tables(inputs) };
  return previous ? { ...r, previous: { year: 2023, tables: tables(previous), narrative: r.narrative } } : r;
}
const RECEIVED = 't3.newReceived.natural';
const CARRIED_OVER = 't3.carriedOver.natural';
const DISCLOSED = 't3.disclosed.natural';
const FORWARD = 't3.carriedForward.natural';
/** A blank figure: every input of its row. */
const BLANK = (row: string) => ({ [`${row}.*`]: null });

/** The sentences, after checking that the prose checks find nothing in them. */
function sentences(r: Report): string[] {
  const out = suggestOverviewSentences(r);
  const withText = { ...r, narrative: { ...r.narrative, overview: { ...r.narrative.overview, intro: out.join('') } } };
  const context = { today: '2025-03-01' };
  expect([...proseFiguresRule.check(withText, context), ...proseBreakdownRule.check(withText, context)]).toEqual([]);
  return out;
}

describe('the applications sentence', () => {
  it('states the change from last year: more, fewer or the same', () => {
    const now = { [RECEIVED]: 5, [DISCLOSED]: 5 };
    expect(sentences(report(now, { [RECEIVED]: 8 }))[0]).toBe(
      '本年度新收政府信息公开申请5件，较上年减少3件；办结5件，结转下年度继续办理0件。',
    );
    expect(sentences(report(now, { [RECEIVED]: 2 }))[0]).toBe(
      '本年度新收政府信息公开申请5件，较上年增加3件；办结5件，结转下年度继续办理0件。',
    );
    expect(sentences(report(now, { [RECEIVED]: 5 }))[0]).toBe(
      '本年度新收政府信息公开申请5件，与上年持平；办结5件，结转下年度继续办理0件。',
    );
  });

  it('says nothing about last year when there is none, or its figure is blank', () => {
    const now = { [RECEIVED]: 5, [DISCLOSED]: 5 };
    expect(sentences(report(now))[0]).toBe('本年度新收政府信息公开申请5件；办结5件，结转下年度继续办理0件。');
    expect(sentences(report(now, BLANK('t3.newReceived')))[0]).toBe('本年度新收政府信息公开申请5件；办结5件，结转下年度继续办理0件。');
  });

  it('with none received, says so and names last year’s figure only when there was one', () => {
    expect(sentences(report({}, { [RECEIVED]: 4 }))[0]).toBe('本年度未收到政府信息公开申请，上年为4件。');
    expect(sentences(report({}, { [RECEIVED]: 0 }))[0]).toBe('本年度未收到政府信息公开申请。');
    expect(sentences(report({}, BLANK('t3.newReceived')))[0]).toBe('本年度未收到政府信息公开申请。');
  });

  it('with none received, still states the applications carried over and what became of them', () => {
    expect(sentences(report({ [CARRIED_OVER]: 2, [DISCLOSED]: 1, [FORWARD]: 1 }))[0]).toBe(
      '本年度未收到政府信息公开申请，上年结转2件；办结1件，结转下年度继续办理1件。',
    );
    expect(sentences(report({ [CARRIED_OVER]: 2, [FORWARD]: 2 }))[0]).toBe(
      '本年度未收到政府信息公开申请，上年结转2件；结转下年度继续办理2件。',
    );
  });

  it('with some received, states 办结 and 结转 even when they are 0', () => {
    expect(sentences(report({ [RECEIVED]: 3, [FORWARD]: 3 }))[0]).toBe('本年度新收政府信息公开申请3件；办结0件，结转下年度继续办理3件。');
    expect(sentences(report({ [RECEIVED]: 3, [DISCLOSED]: 3 }))[0]).toBe('本年度新收政府信息公开申请3件；办结3件，结转下年度继续办理0件。');
  });

  it('with none received and none carried over, states no 办结 or 结转 of 0', () => {
    expect(sentences(report({}))[0]).toBe('本年度未收到政府信息公开申请。');
  });

  it('is left out while the figure is blank, and leaves out blank parts', () => {
    expect(sentences(report(BLANK('t3.newReceived')))).not.toContainEqual(expect.stringContaining('申请'));
    expect(sentences(report({ [RECEIVED]: 3, [DISCLOSED]: 3, ...BLANK('t3.carriedForward') }))[0]).toBe(
      '本年度新收政府信息公开申请3件；办结3件。',
    );
    expect(sentences(report({ [RECEIVED]: 3, [FORWARD]: 3, ...BLANK('t3.disclosed') }))[0]).toBe(
      '本年度新收政府信息公开申请3件；办结0件，结转下年度继续办理3件。',
    );
  });
});

describe('the results sentence', () => {
  it('states 予以公开 when applications were received and some were concluded', () => {
    expect(sentences(report({ [RECEIVED]: 4, [DISCLOSED]: 3, 't3.partial.natural': 1 }))).toContain('办理结果中，予以公开3件。');
  });

  it('is left out when nothing was received or nothing concluded', () => {
    const none = (r: Report) => sentences(r).filter((s) => s.startsWith('办理结果中'));
    expect(none(report({ [CARRIED_OVER]: 2, [DISCLOSED]: 2 }))).toEqual([]);
    expect(none(report({ [RECEIVED]: 2, [FORWARD]: 2 }))).toEqual([]);
  });

  it('is left out while 予以公开 is blank', () => {
    const out = sentences(report({ [RECEIVED]: 3, 't3.partial.natural': 3, ...BLANK('t3.disclosed') }));
    expect(out[0]).toBe('本年度新收政府信息公开申请3件；办结3件，结转下年度继续办理0件。');
    expect(out.filter((s) => s.startsWith('办理结果中'))).toEqual([]);
  });
});

describe('the review and litigation sentence', () => {
  const line = (inputs: Inputs) => sentences(report(inputs)).find((s) => s.includes('行政复议'));

  it('states each, with review results corrected only when there are some', () => {
    expect(line({ 't4.review.upheld': 2 })).toBe('本年度政府信息公开行政复议2件；未发生政府信息公开行政诉讼。');
    expect(line({ 't4.review.upheld': 2, 't4.review.corrected': 1 })).toBe(
      '本年度政府信息公开行政复议3件，结果纠正1件；未发生政府信息公开行政诉讼。',
    );
  });

  it('adds suits brought directly and after review', () => {
    expect(line({ 't4.suitDirect.upheld': 1, 't4.suitAfterReview.pending': 2 })).toBe(
      '本年度未发生政府信息公开行政复议；政府信息公开行政诉讼3件。',
    );
    expect(line({ 't4.suitAfterReview.pending': 2 })).toBe('本年度未发生政府信息公开行政复议；政府信息公开行政诉讼2件。');
  });

  it('is left out while a figure of table 四 is blank', () => {
    expect(line(BLANK('t4.review'))).toBeUndefined();
    expect(line(BLANK('t4.suitDirect'))).toBeUndefined();
    expect(line(BLANK('t4.suitAfterReview'))).toBeUndefined();
  });
});

describe('the normative documents sentence', () => {
  const line = (inputs: Inputs) => sentences(report(inputs)).find((s) => s.includes('规范性文件'));

  it('states issued, repealed and in force when any is not 0', () => {
    expect(line({ 't2.normativeDocs.inForce': 10 })).toBe(
      '本年度制发行政规范性文件0件，废止行政规范性文件0件，现行有效行政规范性文件10件。',
    );
    expect(line({ 't2.normativeDocs.issued': 2, 't2.normativeDocs.repealed': 1, 't2.normativeDocs.inForce': 10 })).toBe(
      '本年度制发行政规范性文件2件，废止行政规范性文件1件，现行有效行政规范性文件10件。',
    );
  });

  it('is left out when all are 0 or one is blank', () => {
    expect(line({})).toBeUndefined();
    expect(line({ 't2.normativeDocs.issued': 2, 't2.normativeDocs.repealed': null, 't2.normativeDocs.inForce': 10 })).toBeUndefined();
  });
});
