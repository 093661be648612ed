/**
 * When a figure in prose is compared with its table cell, and when not (issue 18): a blank cell is
 * no contradiction, a count in the wrong unit names another thing, zero said in words is read in
 * its own clause, and two sentences with the same wrong figure are each reported.
 */
import { describe, expect, it } from 'vitest';
import { emptyReport, type Report } from '../../index.ts';
import { zeroTablesWith, type Inputs } from '../../testing/tables.ts';
import { seedReport } from '../../testing/seeds.ts';
import type { Finding } from '../types.ts';
import { proseBreakdownRule, proseFiguresRule } from './prose-rules.ts';

const tables = zeroTablesWith;
const withIntro = (r: Report, intro: string): Report => ({
  ...r,
  narrative: { ...r.narrative, overview: { ...r.narrative.overview, intro } },
});
const report = (inputs: Inputs, intro: string) =>
  withIntro({ ...emptyReport({ organ: '某镇人民政府', year: 2024 }), tables: tables(inputs) }, intro);
/** Seed 002: 新收156件 (上年结转7件), 办结154件, 结转下年度9件, 行政诉讼5件. */
const seed = (intro: string) => withIntro(seedReport('002-huancui-2024.draft.json'), intro);

const context = { today: '2025-03-01' };
const findings = (r: Report): Finding[] =>
  [...proseFiguresRule.check(r, context), ...proseBreakdownRule.check(r, context)].filter((f) => f.cells[0] === 'narrative.overview.intro');
const said = (r: Report) => findings(r).map((f) => [f.params.figure, f.params.said, f.params.actual]);

describe('a figure whose table cells are blank', () => {
  it('is not contradicted by the prose', () => {
    const r = report({ 't3.newReceived.*': null, 't3.carriedOver.natural': 7 }, '本年度新收政府信息公开申请155件。');
    expect(said(r)).toEqual([]);
    expect(said(report({ 't3.newReceived.*': null }, '本年度未收到政府信息公开申请。'))).toEqual([]);
  });
  it('is compared again once filled', () => {
    expect(said(report({ 't3.newReceived.natural': 156 }, '本年度新收政府信息公开申请155件。'))).toEqual([['newReceived', 155, 156]]);
  });
});

describe('a decision count', () => {
  it('is counted in 件 (or 个项宗起), never 条: 条 counts items published', () => {
    expect(said(report({}, '全年作出行政许可决定3条。'))).toEqual([]);
    expect(said(report({}, '全年作出行政处罚决定3件。'))).toEqual([['penalty', 3, 0]]);
    expect(said(report({}, '全年作出行政强制决定2起。'))).toEqual([['enforcement', 2, 0]]);
  });
  it('is read with spaces before its unit, and is approximate with 左右 after it', () => {
    expect(said(report({}, '全年作出行政处罚决定3 件。'))).toEqual([['penalty', 3, 0]]);
    expect(said(report({}, '全年作出行政处罚决定30\u3000件左右。'))).toEqual([]);
  });
});

describe('zero said in words', () => {
  it.each(['，', '；', ',', ';'])('is read in its own clause, before a count after %s', (sep) => {
    expect(said(seed(`本年度未收到政府信息公开申请${sep}结转下年度继续办理9件。`))).toEqual([['newReceived', 0, 156]]);
  });
  it('is not read in a clause that states a count: 未经复议直接起诉的行政诉讼案件2件', () => {
    expect(said(report({ 't4.suitDirect.upheld': 2 }, '本年度发生未经复议直接起诉的行政诉讼案件2件。'))).toEqual([]);
    expect(said(report({ 't4.suitDirect.upheld': 3 }, '本年度发生未经复议直接起诉的行政诉讼案件2件。'))).toEqual([['litigation', 2, 3]]);
  });
  it('is reported once per sentence, with the sentence trimmed', () => {
    const [finding, ...rest] = findings(seed('  本年度未收到政府信息公开申请，未收到依申请公开申请。'));
    expect(rest).toEqual([]);
    expect(finding?.params).toMatchObject({
      figure: 'newReceived',
      said: 0,
      actual: 156,
      sentence: '本年度未收到政府信息公开申请，未收到依申请公开申请。',
    });
  });
  it('agrees with a table of 0', () => {
    expect(said(report({}, '本年度未收到政府信息公开申请，未发生行政复议和行政诉讼。'))).toEqual([]);
    expect(said(report({ 't4.review.upheld': 1 }, '本年度未收到政府信息公开申请，未发生行政复议和行政诉讼。'))).toEqual([['review', 0, 1]]);
  });
});

describe('the same wrong figure in two sentences', () => {
  it('is reported in each, however long the first', () => {
    expect(said(seed('本年度新收政府信息公开申请155件。新收申请155件。'))).toEqual([
      ['newReceived', 155, 156],
      ['newReceived', 155, 156],
    ]);
  });
});

describe('what a sentence is about', () => {
  it('starts afresh in the next sentence: 纠正 there is not about last sentence’s 行政复议', () => {
    const text = '全年发生政府信息公开行政复议1件。针对检查发现的问题，已督促整改纠正3个。';
    expect(said(report({ 't4.review.upheld': 1 }, text))).toEqual([]);
    // Within the sentence it is: 纠正3个 after 行政复议1件 is the review's corrected figure.
    expect(said(report({ 't4.review.upheld': 1 }, '全年发生政府信息公开行政复议1件，结果纠正3个。'))).toEqual([['reviewCorrected', 3, 0]]);
  });
});
