import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { emptyReport } from '../empty.ts';
import { renderFinding, runRules } from './engine.ts';
import { announcedSteps, listMismatches, partsMismatches } from './announced-counts.ts';
import type { Report } from '../schema.ts';

const zh = createI18n('zh-CN');
const en = createI18n('en');

describe('an announced list that does not keep its count', () => {
  it('flags 三方面 followed by only 一是、二是, quoting the sentence', () => {
    const text = '针对上述问题，我镇将从以下三方面加以改进：一是加强培训；二是完善制度。';
    expect(listMismatches(text)).toEqual([{ sentence: text, announced: 3, listed: 2 }]);
  });

  it('flags a list that runs past its count (以下三个方面 … 四是)', () => {
    const text = '存在的问题主要有以下三个方面：\n一是公开不及时。\n二是内容不全面。\n三是解读不够。\n四是互动不足。';
    expect(listMismatches(text)).toEqual([{ sentence: '存在的问题主要有以下三个方面：', announced: 3, listed: 4 }]);
  });

  it('reads the count in any numeral form (两, 3, 四)', () => {
    expect(listMismatches('存在以下两个问题：一是甲；二是乙；三是丙。')).toMatchObject([{ announced: 2, listed: 3 }]);
    expect(listMismatches('从以下3个方面改进：一是甲；二是乙。')).toMatchObject([{ announced: 3, listed: 2 }]);
    expect(listMismatches('做好以下四项工作：一是甲；二是乙；三是丙；四是丁。')).toEqual([]);
  });

  it('accepts a list that keeps its count, and each of two lists on its own', () => {
    const text = '主要有以下三个方面：一是甲；二是乙；三是丙。下一步从以下两方面改进：一是丁；二是戊。';
    expect(listMismatches(text)).toEqual([]);
    expect(listMismatches('主要有以下三个方面：一是甲；二是乙。下一步从以下两方面改进：一是丁；二是戊。')).toMatchObject([
      { announced: 3, listed: 2 },
    ]);
  });

  it('skips a list that came before the announcement (一是、二是 of the year’s work, then 以下三方面)', () => {
    const text = '今年我镇一是加强组织领导，二是完善工作制度。下一步，将从以下三方面加以改进：一是加强培训；二是完善制度；三是强化监督。';
    expect(listMismatches(text)).toEqual([]);
    const short = '今年我镇一是加强组织领导，二是完善工作制度，三是严格审核。下一步，将从以下三方面加以改进：一是加强培训；二是完善制度。';
    expect(listMismatches(short).map((m) => [m.announced, m.listed])).toEqual([[3, 2]]);
  });

  it('judges only a list that starts with 一是, soon after its announcement and before the next', () => {
    expect(listMismatches('从以下三方面改进：二是加强培训；三是完善制度。')).toEqual([]);
    const far = `从以下三方面改进。${'我镇高度重视政务公开工作，'.repeat(30)}一是加强培训；二是完善制度。`;
    expect(listMismatches(far)).toEqual([]);
    const near = `从以下三方面改进。${'我镇高度重视，'.repeat(10)}一是加强培训；二是完善制度。`;
    expect(listMismatches(near).map((m) => [m.announced, m.listed])).toEqual([[3, 2]]);
    expect(listMismatches('存在以下两个问题。下一步从以下三方面改进：一是加强培训；二是完善制度；三是强化监督。')).toEqual([]);
  });

  it('ignores an announced count of zero', () => {
    expect(listMismatches('从以下0方面改进：一是加强培训。')).toEqual([]);
  });

  it('says nothing where the count is not announced or the list is not 一是…', () => {
    for (const text of [
      '从以下几个方面改进：一是甲；二是乙。',
      '围绕三个方面开展工作：一是甲；二是乙。',
      '从以下三方面改进：（一）甲；（二）乙。',
      '从以下三方面改进。'.concat('甲'.repeat(400), '一是乙。'),
      '统一是关键，唯一是目标，从以下三方面改进：',
    ])
      expect(listMismatches(text)).toEqual([]);
  });
});

describe('where an announced list starts and stops', () => {
  it('takes a list that starts right at the announcement', () => {
    expect(listMismatches('存在以下三方面：一是甲；二是乙。')).toMatchObject([{ announced: 3, listed: 2 }]);
  });

  it('takes a list starting up to 300 characters after the announcement, not 301', () => {
    const at = (gap: number) => listMismatches(`从以下三方面${'甲'.repeat(gap)}，一是乙；二是丙。`);
    expect(at(300)).toMatchObject([{ announced: 3, listed: 2 }]);
    expect(at(301)).toEqual([]);
  });

  it('stops counting at an item out of order (二是 repeated)', () => {
    expect(listMismatches('存在以下三方面：一是甲；二是乙；二是丙；三是丁。')).toMatchObject([{ announced: 3, listed: 2 }]);
  });

  it('quotes the sentence holding the announcement, ended by 。！？ ! ? or a line break', () => {
    for (const end of ['。', '！', '？', '!', '?', '\n'])
      expect(listMismatches(`上年工作较好${end}本镇从以下三方面改进：一是甲；二是乙${end}后文。`)).toEqual([
        { sentence: `本镇从以下三方面改进：一是甲；二是乙${end}`.trim(), announced: 3, listed: 2 },
      ]);
  });

  it('reports one mismatch per sentence, the first', () => {
    const text = '从以下三方面：一是甲，二是乙，另从以下两方面：一是丙，二是丁，三是戊。';
    expect(listMismatches(text)).toEqual([{ sentence: text, announced: 3, listed: 2 }]);
    const two = '从以下三方面：一是甲，二是乙。另从以下两方面：一是丙，二是丁，三是戊。';
    expect(listMismatches(two).map((m) => [m.announced, m.listed])).toEqual([
      [3, 2],
      [2, 3],
    ]);
  });
});

describe('the number of parts the report announces', () => {
  it('flags 七个部分 against the six printed sections', () => {
    const text =
      '本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项和附表等七个部分。';
    expect(partsMismatches(text)).toEqual([{ sentence: text, announced: 7 }]);
    expect(partsMismatches('本年度报告共分五部分。')).toEqual([{ sentence: '本年度报告共分五部分。', announced: 5 }]);
  });

  it('flags a report of two parts, in digits or at the very start of the text', () => {
    expect(partsMismatches('本报告分为两部分。')).toEqual([{ sentence: '本报告分为两部分。', announced: 2 }]);
    expect(partsMismatches('本报告包括12个部分。')).toMatchObject([{ announced: 12 }]);
    expect(partsMismatches('七部分：本报告包括总体情况等。')).toMatchObject([{ announced: 7 }]);
  });

  it('flags a sentence that starts with 报告 itself', () => {
    // After a heading the sentence may begin “报告分为…”: 报告 at the very start is still the report.
    expect(partsMismatches('报告分为总体情况、主动公开等七个部分。')).toEqual([
      { sentence: '报告分为总体情况、主动公开等七个部分。', announced: 7 },
    ]);
  });

  it('reads the make-up word only after 报告, and quotes a sentence once', () => {
    expect(partsMismatches('包括七个部分的工作报告。')).toEqual([]);
    expect(partsMismatches('本报告包括七个部分，即七部分。')).toEqual([{ sentence: '本报告包括七个部分，即七部分。', announced: 7 }]);
    expect(partsMismatches('本报告包括七个部分。本报告分为五部分。').map((m) => m.announced)).toEqual([7, 5]);
  });

  it('accepts six, and leaves 部分 that is not about the report alone', () => {
    for (const text of [
      '本报告由总体情况……其他需要报告的事项等六部分组成。',
      '本报告包括……等共6个部分。',
      '部分群众不熟悉平台，一部分信息更新不及时。',
      '资金分为两部分，分别用于培训和平台建设。',
      '本年度报告中两部分内容有所调整。',
      // 一部分 in a sentence about the report's make-up is “some of”, never a count of parts.
      '本报告包括的统计数据中，一部分来自各科室报送。',
    ])
      expect(partsMismatches(text)).toEqual([]);
  });
});

describe('the rule', () => {
  const report = (opening: string | null, improvements: string): Report => {
    const r = emptyReport({ year: 2025, organ: '某镇人民政府' });
    return {
      ...r,
      preamble: { title: null, opening },
      narrative: { ...r.narrative, problems: { problems: '', improvements } },
    };
  };
  const announced = (r: Report) => runRules(r, { today: '2026-01-20' }).filter((f) => f.ruleId.startsWith('narrative.'));

  it('warns at the field, quoting the sentence, in both languages', () => {
    const [parts, list, ...rest] = announced(
      report('本报告包括总体情况等七个部分。', '下一步，我镇将从以下三方面加以改进：一是加强培训；二是完善制度。'),
    );
    expect(rest).toEqual([]);
    expect(parts).toMatchObject({ ruleId: 'narrative.partsCount', severity: 'warning', cells: ['preamble.opening'], section: 'basics' });
    expect(renderFinding(parts!, zh)).toBe('“本报告包括总体情况等七个部分。”说本报告有7个部分，而报告印出的是6个部分，请核对');
    expect(list).toMatchObject({ ruleId: 'narrative.listCount', cells: ['narrative.problems.improvements'], section: 'problems' });
    expect(renderFinding(list!, zh)).toBe(
      '“下一步，我镇将从以下三方面加以改进：一是加强培训；二是完善制度。”说有3项，而后文以“一是、二是……”列了2项，请核对',
    );
    expect(renderFinding(list!, en)).toContain('announces 3 points, but the list that follows (一是、二是…) has 2');
  });
});

describe('linear work (steps counted)', () => {
  const steps = (text: string) => {
    announcedSteps.count = 0;
    listMismatches(text);
    partsMismatches(text);
    return announcedSteps.count;
  };
  it.each([
    ['announcements and lists in one sentence', (n: number) => '从以下三方面改进：一是甲，二是乙，'.repeat(n / 16)],
    ['announcements without lists', (n: number) => '以下三方面'.repeat(n / 5)],
    ['enumerators without end', (n: number) => `从以下九方面改进：${'一是'.repeat(n / 2)}`],
    ['parts in one sentence about the report', (n: number) => `本报告包括${'七部分'.repeat(n / 3)}`],
    ['parts in many sentences', (n: number) => '本报告包括七个部分。'.repeat(n / 10)],
  ])('%s', (_, make) => {
    const n = 200_000;
    const one = steps(make(n));
    const two = steps(make(2 * n));
    expect(one).toBeLessThanOrEqual(4 * n);
    expect(two).toBeLessThanOrEqual(2.5 * one);
    // Every match is a step: a count that undercounts would pass the bounds above by itself.
    expect(one).toBeGreaterThan(n / 20);
  });
});
