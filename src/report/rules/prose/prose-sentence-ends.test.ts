/**
 * Where prose checks could quietly stop looking (issue 18): the last sentence of a field typed
 * without 。, a 其中 list of exactly two parts, a sentence ended by ！ or a line break, every
 * narrative field rather than the first, the same wrong figure twice.
 */
import { describe, expect, it } from 'vitest';
import { narrativeTextPaths } from '../../carry-forward.ts';
import { seedReport } from '../../testing/seeds.ts';
import type { Report } from '../../schema.ts';
import type { Finding } from '../types.ts';
import { breakdownsIn, judgeBreakdown } from './breakdown.ts';
import { proseBreakdownRule, proseFiguresRule } from './prose-rules.ts';
import { sentencesOf } from './numbers-in-text.ts';

/** Seed 002: 新收156件, 办结154件, 结转下年度9件. */
const seed = () => seedReport('002-huancui-2024.draft.json');
const context = { today: '2025-03-01' };

function withText(report: Report, path: string, text: string): Report {
  const narrative = structuredClone(report.narrative) as unknown as Record<string, unknown>;
  const keys = path.split('.').slice(1);
  const last = keys.pop() ?? '';
  const parent = keys.reduce((o, k) => o[k] as Record<string, unknown>, narrative);
  parent[last] = text;
  return { ...report, narrative: narrative as unknown as Report['narrative'] };
}

const INTRO = 'narrative.overview.intro';
const findingsIn = (text: string, path = INTRO): Finding[] => {
  const report = withText(seed(), path, text);
  return [...proseFiguresRule.check(report, context), ...proseBreakdownRule.check(report, context)].filter((f) => f.cells[0] === path);
};
const summary = (f: Finding) => [f.ruleId, f.params.said ?? f.params.sum];

describe('the last sentence of a field, typed without 。', () => {
  it('is still compared with the tables', () => {
    expect(findingsIn('本年度新收政府信息公开申请155件').map(summary)).toEqual([['prose.figureMismatch', 155]]);
    expect(findingsIn('本年度办结154件。本年度新收政府信息公开申请155件').map(summary)).toEqual([['prose.figureMismatch', 155]]);
  });

  it('still has its 其中 list added up', () => {
    expect(findingsIn('共收到咨询10件，其中自然人6件，法人或其他组织5件').map(summary)).toEqual([['prose.breakdownExceeds', 11]]);
  });

  it('is one sentence with its spaces trimmed in the finding', () => {
    const [finding] = findingsIn('本年度办结154件。  本年度新收政府信息公开申请155件  ');
    expect(finding?.params.sentence).toBe('本年度新收政府信息公开申请155件');
  });
});

describe('sentences', () => {
  it('end at 。！？!? and at line breaks, and keep their offsets', () => {
    expect(sentencesOf('甲。乙！丙？丁!戊?己\n庚')).toEqual([
      { sentence: '甲。', start: 0 },
      { sentence: '乙！', start: 2 },
      { sentence: '丙？', start: 4 },
      { sentence: '丁!', start: 6 },
      { sentence: '戊?', start: 8 },
      { sentence: '己', start: 10 },
      { sentence: '庚', start: 12 },
    ]);
    // Blank stretches and a stray 。 are no sentence.
    expect(sentencesOf('  \n。甲')).toEqual([{ sentence: '甲', start: 4 }]);
  });

  it('a figure stated in a sentence ended by ！ or a line break is checked on its own', () => {
    const text = '办结154件！\n本年度新收政府信息公开申请155件\n结转下年度继续办理9件';
    expect(findingsIn(text).map((f) => [f.params.said, f.params.sentence])).toEqual([[155, '本年度新收政府信息公开申请155件']]);
  });
});

describe('a 其中 list of exactly two parts', () => {
  it('is flagged when the two parts exceed the total', () => {
    const [finding] = findingsIn('共收到咨询10件，其中自然人6件，法人或其他组织5件。');
    expect(finding).toMatchObject({
      ruleId: 'prose.breakdownExceeds',
      severity: 'warning',
      cells: [INTRO],
      params: { sentence: '共收到咨询10件，其中自然人6件，法人或其他组织5件。', total: 10, parts: '6+5', sum: 11 },
    });
  });

  it('is flagged as short when the two parts name every category and add up to less', () => {
    expect(findingsIn('共收到咨询10件，其中自然人3件，法人或其他组织5件。').map(summary)).toEqual([['prose.breakdownShort', 8]]);
    expect(findingsIn('共收到咨询10件，其中自然人3件，其他7件。').map(summary)).toEqual([]);
    expect(findingsIn('共收到咨询10件，其中自然人3件，其他6件。').map(summary)).toEqual([['prose.breakdownShort', 9]]);
  });

  it('is not flagged when it adds up, or may leave categories out', () => {
    expect(findingsIn('共收到咨询10件，其中自然人4件，法人或其他组织6件。')).toEqual([]);
    expect(findingsIn('共收到咨询10件，其中电话咨询3件，现场咨询5件。')).toEqual([]);
  });

  it('is never flagged when a figure is approximate', () => {
    expect(findingsIn('共收到咨询约10件，其中自然人6件，法人或其他组织5件。')).toEqual([]);
    expect(findingsIn('共收到咨询10件，其中自然人6件，法人或其他组织5件左右。')).toEqual([]);
    expect(findingsIn('共收到咨询10件，其中自然人近6件，法人或其他组织5件。')).toEqual([]);
  });

  it('is read as a list with its total and both parts', () => {
    const [list] = breakdownsIn('共收到咨询10件，其中自然人6件，法人或其他组织5件。');
    expect(list && [list.total.value, list.parts.map((p) => p.value), list.exhaustive, list.more]).toEqual([10, [6, 5], true, []]);
    expect(list && judgeBreakdown(list)).toEqual({ kind: 'exceeds', sum: 11 });
  });

  it('ends at a clause that starts a new total', () => {
    // Read on, 12 would make the parts 6+3+12 = 21 > 10.
    expect(findingsIn('共收到咨询10件，其中电话咨询6件，现场咨询3件；共转办12件。')).toEqual([]);
    expect(breakdownsIn('共收到咨询10件，其中电话咨询6件，现场咨询3件；另有12件转办。').map((b) => b.parts.length)).toEqual([2]);
  });
});

describe('a list that goes on after its 其他 part', () => {
  it('is accepted when the extended reading adds up, and judged on its parts when none does', () => {
    const [list] = breakdownsIn('公开信息117条，其中政策文件12条，其他信息36条；在专栏公开69条。');
    expect(list && [list.parts.map((p) => p.value), list.more.map((p) => p.value)]).toEqual([[12, 36], [69]]);
    expect(list && judgeBreakdown(list)).toBeNull();
    const [short] = breakdownsIn('公开信息120条，其中政策文件12条，其他信息36条；在专栏公开69条。');
    expect(short && judgeBreakdown(short)).toEqual({ kind: 'short', sum: 48 });
    const [over] = breakdownsIn('公开信息40条，其中政策文件12条，其他信息36条；在专栏公开69条。');
    expect(over && judgeBreakdown(over)).toEqual({ kind: 'exceeds', sum: 48 });
    const [exact] = breakdownsIn('公开信息48条，其中政策文件12条，其他信息36条；在专栏公开69条。');
    expect(exact && judgeBreakdown(exact)).toBeNull();
  });
});

describe('every narrative field is read', () => {
  it.each(narrativeTextPaths())('%s', (path) => {
    expect(findingsIn('本年度新收政府信息公开申请155件。共收到咨询10件，其中自然人6件，法人或其他组织5件。', path).map(summary)).toEqual([
      ['prose.figureMismatch', 155],
      ['prose.breakdownExceeds', 11],
    ]);
  });
});

describe('the same wrong figure', () => {
  it('is reported once per sentence, and again in another sentence', () => {
    const once = findingsIn('新收政府信息公开申请155件，新收政府信息公开申请155件。');
    expect(once.map(summary)).toEqual([['prose.figureMismatch', 155]]);
    const twice = findingsIn('新收政府信息公开申请155件。另新收政府信息公开申请155件。');
    expect(twice.map(summary)).toEqual([
      ['prose.figureMismatch', 155],
      ['prose.figureMismatch', 155],
    ]);
  });

  it('is reported once for a sentence repeated word for word (pasted twice)', () => {
    const text = '本年度新收政府信息公开申请155件。本年度新收政府信息公开申请155件。';
    expect(findingsIn(text).map(summary)).toEqual([['prose.figureMismatch', 155]]);
    expect(findingsIn('本年度未收到政府信息公开申请。本年度未收到政府信息公开申请。').map(summary)).toEqual([['prose.figureMismatch', 0]]);
  });

  it('names the table cell, the figure and both values', () => {
    const [finding] = findingsIn('本年度新收政府信息公开申请155件。');
    expect(finding).toMatchObject({
      ruleId: 'prose.figureMismatch',
      severity: 'warning',
      cells: [INTRO, 't3.newReceived.total'],
      params: {
        said: 155,
        actual: 156,
        table: '三',
        cell: '一、本年新收政府信息公开申请数量/总计',
        figure: 'newReceived',
        cellId: 't3.newReceived.total',
      },
    });
  });
});

describe('a figure spread over two cells', () => {
  it('names its first and last cells and marks both', () => {
    const [finding] = findingsIn('本年度发生政府信息公开行政诉讼6件。');
    expect(finding).toMatchObject({
      ruleId: 'prose.figureMismatch',
      cells: [INTRO, 't4.suitDirect.total', 't4.suitAfterReview.total'],
      params: { said: 6, actual: 5, table: '四', figure: 'litigation', cellId: 't4.suitDirect.total' },
    });
    expect(finding?.params.cell).toMatch(/^未经复议直接起诉…总计$/);
  });
});

describe('a list whose parts are joined by 、', () => {
  it('still names every category with 其他 after 、, and is flagged as short', () => {
    expect(findingsIn('共收到咨询10件，其中自然人3件、其他6件。').map(summary)).toEqual([['prose.breakdownShort', 9]]);
    expect(findingsIn('共收到咨询10件，其中自然人3件、其他7件。')).toEqual([]);
  });
});

describe('a list with several counts after its 其他 part', () => {
  it('adds up when the parts and some of the counts after them do', () => {
    // 12 + 36 + 69 = 117: the 5 after it is a separate figure.
    const text = '公开信息117条，其中政策文件12条，其他信息36条；在专栏公开69条，在政务新媒体发布5条。';
    expect(breakdownsIn(text).map((b) => [b.parts.map((p) => p.value), b.more.map((p) => p.value)])).toEqual([
      [
        [12, 36],
        [69, 5],
      ],
    ]);
    expect(findingsIn(text)).toEqual([]);
    expect(findingsIn(text.replace('117条', '122条'))).toEqual([]);
    expect(findingsIn(text.replace('117条', '121条')).map(summary)).toEqual([['prose.breakdownShort', 48]]);
  });
});
