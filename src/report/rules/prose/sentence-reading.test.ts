/**
 * False alarms seen on real reports (issue 12), one sentence of each shape, and the missed class:
 * a 其中 list that names every category yet adds up to less than its total.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/index.ts';
import { TABLE2, TABLE3, TABLE4, cellValue, parseDraft, renderFinding, withInput, type Report, type TableDef } from '../../index.ts';
import { proseBreakdownRule, proseFiguresRule } from './prose-rules.ts';
import { breakdownsIn } from './breakdown.ts';
import { countsIn } from './numbers-in-text.ts';
import { readCounts } from './reading.ts';

const DRAFTS = new URL('../../fixtures/seeds/', import.meta.url);
/** Seed 003: every cell filled, mostly 0. */
function base(): Report {
  const file = readdirSync(DRAFTS).find((f) => f.startsWith('003')) ?? '';
  const parsed = parseDraft(readFileSync(new URL(file, DRAFTS), 'utf8'));
  if (!parsed.ok) throw new Error('seed');
  return parsed.draft.report;
}
/** Sets the input cell `row/column` so that the figure `row/total` (or `totalRow/total`) becomes `value`. */
function withFigure(report: Report, table: TableDef, input: [string, string], figure: [string, string], value: number): Report {
  const [row, column] = input;
  const now = cellValue(report.tables, table, figure[0], figure[1]);
  const cell = cellValue(report.tables, table, row, column);
  if (typeof now !== 'number' || typeof cell !== 'number') throw new Error('blank');
  const ref = { table: table.id, row, column } as Parameters<typeof withInput>[1];
  return { ...report, tables: withInput(report.tables, ref, cell + value - now) };
}
type Figures = Partial<Record<'received' | 'carriedOver' | 'results' | 'forward' | 'review' | 'corrected' | 'suits' | 'licensing', number>>;
function report(f: Figures): Report {
  let r = base();
  const set = (v: number | undefined, table: TableDef, input: [string, string], figure: [string, string]) => {
    if (v !== undefined) r = withFigure(r, table, input, figure, v);
  };
  set(f.received, TABLE3, ['newReceived', 'natural'], ['newReceived', 'total']);
  set(f.carriedOver, TABLE3, ['carriedOver', 'natural'], ['carriedOver', 'total']);
  set(f.results, TABLE3, ['disclosed', 'natural'], ['resultTotal', 'total']);
  set(f.forward, TABLE3, ['carriedForward', 'natural'], ['carriedForward', 'total']);
  set(f.corrected, TABLE4, ['review', 'corrected'], ['review', 'corrected']);
  set(f.review, TABLE4, ['review', 'upheld'], ['review', 'total']);
  set(f.suits, TABLE4, ['suitDirect', 'upheld'], ['suitDirect', 'total']);
  set(f.licensing, TABLE2, ['licensing', 'decisions'], ['licensing', 'decisions']);
  return r;
}
const prose = (r: Report, text: string) =>
  [
    ...proseFiguresRule.check(withText(r, text), { today: '2025-03-01' }),
    ...proseBreakdownRule.check(withText(r, text), { today: '2025-03-01' }),
  ].filter((f) => f.cells[0] === 'narrative.overview.intro');
const withText = (r: Report, text: string): Report => ({
  ...r,
  narrative: { ...r.narrative, overview: { ...r.narrative.overview, intro: text } },
});

describe('a 其中 list ends where its subject ends', () => {
  it('1. a new subject after ； is not part of the list (复议/诉讼 after 办结)', () => {
    const text =
      '办结依申请公开81件，其中：予以公开及部分公开42件，不予公开10件，无法提供25件，不予处理2件，其他处理2件；因政府信息公开引起的行政复议案件2件、行政诉讼案件7件。';
    expect(breakdownsIn(text).map((b) => [b.total.value, b.parts.map((p) => p.value)])).toEqual([[81, [42, 10, 25, 2, 2]]]);
    expect(prose(report({ results: 81, review: 2, suits: 7 }), text)).toEqual([]);
  });
  it('2. two subjects in one sentence: each list is summed against its own total, 纠正 under 诉讼 is not 复议', () => {
    const text =
      '行政复议351件，其中结果维持72件，结果纠正64件，其他结果200件，尚未审结15件；行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果10件，尚未审结6件。';
    // 其他结果 is not last in table 四: 尚未审结 after it is read as a possible further part.
    expect(breakdownsIn(text).map((b) => [b.total.value, b.parts.length + b.more.length])).toEqual([
      [351, 4],
      [46, 4],
    ]);
    expect(prose(report({ review: 351, corrected: 64, suits: 46 }), text)).toEqual([]);
    // The 复议 list's own 纠正 still counts: 63 is a contradiction.
    const wrong = prose(report({ review: 351, corrected: 63, suits: 46 }), text);
    expect(wrong.map((f) => [f.params.figure, f.params.said])).toEqual([['reviewCorrected', 64]]);
  });
  it('3. each figure with its own subject: 行政诉讼案件1件、行政复议案件2件', () => {
    expect(prose(report({ review: 2, suits: 1 }), '共有行政诉讼案件1件、行政复议案件2件。')).toEqual([]);
    const wrong = prose(report({ review: 3, suits: 1 }), '共有行政诉讼案件1件、行政复议案件2件。');
    expect(wrong.map((f) => [f.params.figure, f.params.said, f.params.actual])).toEqual([['review', 2, 3]]);
  });
  it('4. a second total after ； starts a new list (共办理…, 结转…)', () => {
    const text = '受理申请749件，其中自然人741件，法人或其他组织8件；共办理718件，结转下一年31件。';
    expect(breakdownsIn(text).map((b) => [b.total.value, b.parts.map((p) => p.value)])).toEqual([[749, [741, 8]]]);
    expect(prose(report({ received: 749, results: 718, forward: 31 }), text)).toEqual([]);
  });
  it('5. items published (…类N条) are not table 二 decisions', () => {
    const r = report({ licensing: 0 });
    expect(prose(r, '主动公开信息86条，其中机关职能类8条，行政许可类2条，其他信息76条。')).toEqual([]);
    expect(prose(r, '全年主动公开政府信息55条。其中，机关职能类8条、行政许可类12条。')).toEqual([]);
    expect(prose(r, '公开办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果1条。')).toEqual([]);
    // A decision count still is one.
    expect(prose(r, '全年作出行政许可决定3件。').map((f) => f.params.said)).toEqual([3]);
  });
  it('tolerates 收到申请75件 meaning 新收74 + 上年结转1', () => {
    expect(prose(report({ received: 74, carriedOver: 1 }), '共收到政府信息公开申请75件。')).toEqual([]);
    expect(prose(report({ received: 74, carriedOver: 1 }), '共收到政府信息公开申请76件。')).toHaveLength(1);
  });
  it('approximate figures (约、近、余、左右) are never an error', () => {
    const r = report({ received: 74 });
    for (const text of ['收到政府信息公开申请约80件。', '新收申请近百件。', '新收申请80件左右。']) expect(prose(r, text)).toEqual([]);
    expect(readCounts('共约100件，其中…', countsIn('共约100件，其中…')).map((c) => c.approximate)).toEqual([true]);
    expect(prose(r, '公开信息约100条，其中机关职能类8条，其他信息12条。')).toEqual([]);
  });
  it('Chinese numerals and percentages', () => {
    expect(prose(report({ received: 3 }), '新收申请三件，办结率100%。')).toEqual([]);
    expect(prose(report({ received: 3 }), '新收申请五件，办结率100%。').map((f) => f.params.said)).toEqual([5]);
  });
  it('a list that goes on after 其他 is accepted in whichever reading adds up', () => {
    // 6+1+36 = 43, +69 = 112 (the 专栏 items belong to the total)
    expect(prose(base(), '公开政府信息112条，其中规划类6条；预算信息1条；其他应主动公开的政府信息36条；在专题专栏公开信息69条。')).toEqual(
      [],
    );
    // 8+12 = 20; the 2/1/50 that follow are a separate list
    expect(
      prose(
        base(),
        '累计主动公开政府信息20条，其中监督检查情况8条，其他应主动公开的政府信息12条；公开财政预决算信息2条、三公经费信息1条，发布公示公告50条。',
      ),
    ).toEqual([]);
  });
});

describe('missed: an exhaustive 其中 list that adds up to less than its total', () => {
  it('ends with 其他…: flagged, quoting the sentence and the parts', () => {
    const text =
      '全年主动公开信息数156条，其中机关职能类信息12条，行政许可类信息0条，财政预决算类信息2条，就业类信息12条；应急预案类信息47条；环境保护类信息33条；其他应主动公开的政府信息45条。';
    const findings = prose(base(), text);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'prose.breakdownShort',
        params: expect.objectContaining({ total: 156, sum: 151, parts: '12+0+2+12+47+33+45' }),
      }),
    ]);
    const zh = renderFinding(findings[0]!, createI18n('zh-CN'));
    expect(zh).toContain('全年主动公开信息数156条');
    expect(zh).toContain('151');
    expect(renderFinding(findings[0]!, createI18n('en'))).toContain('less than the total 156');
  });
  it('names every requester category: 自然人 and 法人或其他组织', () => {
    expect(prose(report({ received: 12 }), '新收申请12件，其中自然人8件，法人或其他组织3件。').map((f) => f.ruleId)).toEqual([
      'prose.breakdownShort',
    ]);
  });
  it('a list that does not claim to be complete may add up to less', () => {
    expect(prose(base(), '公开政府信息44条，其中安全生产类1条；重大建设项目类2条。')).toEqual([]);
  });
});
