import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n/index.ts';
import { parseDraft, renderFinding, runRules, withInput, type Report } from '../../index.ts';
import { proseBreakdownRule, proseFiguresRule } from './prose-rules.ts';
import { countsIn } from './numbers-in-text.ts';
import { suggestOverviewSentences } from './sentences.ts';
import { startNextYear } from '../../carry-forward.ts';

const DRAFTS = new URL('../../fixtures/seeds/', import.meta.url);
function seed(number: string): Report {
  const file = readdirSync(DRAFTS).find((f) => f.startsWith(number)) ?? '';
  const parsed = parseDraft(readFileSync(new URL(file, DRAFTS), 'utf8'));
  if (!parsed.ok) throw new Error('seed');
  return parsed.draft.report;
}
const prose = (report: Report) => [
  ...proseFiguresRule.check(report, { today: '2025-03-01' }),
  ...proseBreakdownRule.check(report, { today: '2025-03-01' }),
];
const withOverview = (report: Report, text: string): Report => ({
  ...report,
  narrative: { ...report.narrative, overview: { ...report.narrative.overview, intro: text } },
});

describe('numbers in prose', () => {
  it('reads Arabic, separated and Chinese counts', () => {
    expect(countsIn('新收申请1,234件，办结一百五十六件，两件在办，另有3119 件。').map((c) => c.value)).toEqual([1234, 156, 2, 3119]);
  });
  it('ignores dates, years, 第711号, phone numbers, percentages and 〔2021〕', () => {
    expect(countsIn('2024年1月1日起，依据国务院令第711号、国办公开办函〔2021〕30号，电话0631-5208761，满意率100%。')).toEqual([]);
  });
});

describe('prose against tables', () => {
  it('catches seed 002: 结转下年度继续办理7件 while table 三 says 9', () => {
    const findings = prose(seed('002'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'prose.figureMismatch', params: { said: 7, actual: 9, figure: 'carriedForward' } });
    expect(findings[0]?.cells).toContain('t3.carriedForward.total');
    const message = renderFinding(findings[0]!, createI18n('zh-CN'));
    expect(message).toContain('结转下年度继续办理7件');
    expect(message).toContain('四、结转下年度继续办理');
  });

  it('catches seed 001: 532条 vs 357+101+75', () => {
    const findings = prose(seed('001'));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'prose.breakdownExceeds',
        params: expect.objectContaining({ total: 532, sum: 533, parts: '357+101+75' }),
      }),
    ]);
  });

  it.each(['000', '003', '004'])('is silent on seed %s (consistent figures)', (n) => {
    expect(prose(seed(n))).toEqual([]);
  });

  it('catches Chinese numerals and words meaning zero', () => {
    const base = seed('002');
    expect(prose(withOverview(base, '本年度新收政府信息公开申请一百五十五件。'))).toHaveLength(2);
    const none = prose(withOverview(seed('002'), '本年度未收到政府信息公开申请。'));
    expect(none.some((f) => f.params.figure === 'newReceived' && f.params.said === 0)).toBe(true);
    const fine = withOverview(seed('003'), '本年度新收政府信息公开申请三件，上年结转零件，两件以上均已办结。');
    expect(prose(fine).filter((f) => f.cells[0] === 'narrative.overview.intro')).toEqual([]);
  });

  it.each([
    '召开政策解读新闻发布会11次，发布区政府公报4期，常态化公开16次政府常务会议。',
    '根据国务院令第711号和国办公开办函〔2021〕30号，于2025年1月20日发布，咨询电话0631-5208761。',
    '群众满意率达100%，较上年增加12件，与去年相比减少1件。',
    '全年制发政策性文件9件，发布解读材料30件，主动公开区政府文件14件。',
    '全年累计关停账号12个，开展专题培训2次，共承办人大代表建议0件。',
    '未发生行政诉讼败诉案件，未发生泄密事件。',
  ])('stays silent on other numbers: %s', (text) => {
    expect(prose(withOverview(seed('002'), text)).filter((f) => f.cells[0] === 'narrative.overview.intro')).toEqual([]);
  });

  it('the generated sentences agree with the tables and last year', () => {
    const last = seed('002');
    const tables = withInput(last.tables, { table: 't3', row: 'newReceived', column: 'natural' }, 140);
    const next = { ...startNextYear({ ...last, tables }), tables: last.tables };
    const sentences = suggestOverviewSentences(next);
    expect(sentences[0]).toBe('本年度新收政府信息公开申请156件，较上年增加12件，上年结转7件；办结154件，结转下年度继续办理9件。');
    expect(sentences).toContain('本年度政府信息公开行政复议7件，结果纠正3件；政府信息公开行政诉讼5件。');
    expect(prose(withOverview(next, sentences.join('')))).toEqual(prose(next));
    expect(
      runRules(withOverview(next, sentences.join('')), { today: '2025-03-01' }).filter(
        (f) => f.ruleId.startsWith('prose') && f.cells[0] === 'narrative.overview.intro',
      ),
    ).toEqual([]);
  });

  it('a zero-table report gets a zero sentence', () => {
    expect(suggestOverviewSentences(seed('000'))).toEqual([
      '本年度未收到政府信息公开申请。',
      '本年度未发生因政府信息公开引起的行政复议和行政诉讼。',
    ]);
  });
});

describe('one finding per figure and sentence', () => {
  // Seed 002's table 三 carries 9 forward and received 155 new requests.
  const findings = (text: string) =>
    prose(withOverview(seed('002'), text))
      .filter((f) => f.cells[0] === 'narrative.overview.intro')
      .map((f) => [f.params.figure, f.params.said, f.params.sentence]);

  it('a sentence that says the figure wrong twice is one finding, quoting the first', () => {
    expect(findings('结转下年度继续办理7件，其余结转下年度继续办理8件。')).toEqual([
      ['carriedForward', 7, '结转下年度继续办理7件，其余结转下年度继续办理8件。'],
    ]);
  });

  it('two sentences saying it wrong are two findings; the same sentence said twice is one', () => {
    expect(findings('结转下年度继续办理7件。结转下年度继续办理8件。')).toEqual([
      ['carriedForward', 7, '结转下年度继续办理7件。'],
      ['carriedForward', 8, '结转下年度继续办理8件。'],
    ]);
    expect(findings('结转下年度继续办理7件。结转下年度继续办理7件。')).toEqual([['carriedForward', 7, '结转下年度继续办理7件。']]);
    expect(findings('本年度未收到政府信息公开申请。 本年度未收到政府信息公开申请。')).toEqual([
      ['newReceived', 0, '本年度未收到政府信息公开申请。'],
    ]);
  });

  it('each wrong figure of a sentence is its own finding, naming its own cell', () => {
    const found = prose(withOverview(seed('002'), '上年结转3件，结转下年度继续办理7件。')).filter(
      (f) => f.cells[0] === 'narrative.overview.intro',
    );
    expect(found.map((f) => [f.params.figure, f.params.cellId, f.params.cell])).toEqual([
      ['carriedOver', 't3.carriedOver.total', expect.stringContaining('上年结转')],
      ['carriedForward', 't3.carriedForward.total', expect.stringContaining('结转下年度继续办理')],
    ]);
  });
});
