/**
 * Issue 11, class 6: a sub-heading that runs into its paragraph keeps the punctuation that ends it:
 * `（四）政务公开工作创新情况。根据…` must not come back as `…情况根据…`, nor `3.其他方面：2024年` as
 * `3.其他方面2024年`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './import-report.ts';
import { readOther, readOverview, readProblems } from './narrative-extract.ts';
import { seedText } from './test-helpers.ts';

const imported = (text: string) => {
  const result = importText(text);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.report;
};

describe('an inline sub-heading keeps its punctuation', () => {
  it('in 六: the 。 after a heading that names no known part', () => {
    const other = readOther(['（四）政务公开工作创新情况。根据区政府工作安排，开展活动6次。']);
    expect(other.other).toBe('（四）政务公开工作创新情况。根据区政府工作安排，开展活动6次。');
  });

  it('in 六: the ： of `3.其他方面：2024年` (seed 000 prints it so)', () => {
    const report = imported(seedText('000'));
    expect(report.narrative.other.other).toContain('3.其他方面：2024年，蔄山镇致力于拓宽政务公开的多种途径');
    expect(report.narrative.other.other).not.toContain('其他方面2024年');
  });

  it('in 一: a sixth part beyond the five areas goes to the intro with its 。', () => {
    const lines = [
      '（一）主动公开。甲。',
      '（二）依申请公开。乙。',
      '（三）政府信息管理。丙。',
      '（四）平台建设。丁。',
      '（五）监督保障。戊。',
      '（六）政务公开工作创新情况。根据安排开展活动。',
    ];
    const overview = readOverview(lines);
    expect(overview.intro).toBe('（六）政务公开工作创新情况。根据安排开展活动。');
    expect(overview.areas.proactive).toEqual({ heading: '（一）主动公开', text: '甲。' });
  });

  it('a heading on its own line keeps its line break from the paragraph', () => {
    expect(readOther(['（四）政务公开工作创新情况', '根据安排开展活动。']).other).toBe('（四）政务公开工作创新情况\n根据安排开展活动。');
  });

  it('through a whole import (fixture heading-runs-in.txt)', () => {
    const report = imported(readFileSync(new URL('./fixtures/heading-runs-in.txt', import.meta.url), 'utf8'));
    expect(report.narrative.other.other).toContain('（四）政务公开工作创新情况。根据区政府工作安排');
    expect(report.narrative.other.other).not.toContain('情况根据');
  });
});

describe('readOverview and readOther: parts that name no area or subject', () => {
  it('fills the areas left, in the form’s order, with parts whose headings name none', () => {
    const overview = readOverview([
      '2024年，本镇认真贯彻《条例》。',
      '（一）主动公开情况',
      '主动公开信息120条。',
      '（二）强化组织领导',
      '成立领导小组。',
      '（三）创新公开方式',
      '开设公众号专栏。',
    ]);
    expect(overview.intro).toBe('2024年，本镇认真贯彻《条例》。');
    expect(overview.areas.proactive).toEqual({ heading: '（一）主动公开情况', text: '主动公开信息120条。' });
    expect(overview.areas.onRequest).toEqual({ heading: '（二）强化组织领导', text: '成立领导小组。' });
    expect(overview.areas.management).toEqual({ heading: '（三）创新公开方式', text: '开设公众号专栏。' });
  });

  it('keeps section 六’s other lines apart, one per line', () => {
    const other = readOther(['本年度未收取信息处理费。', '无其他需要报告的事项。', '特此报告。']);
    expect(other.fees).toMatchObject({ text: '本年度未收取信息处理费。', charged: false });
    expect(other.other).toBe('无其他需要报告的事项。\n特此报告。');
  });
  it('keeps a later mention of 信息处理费 under “other” once a fees part was read', () => {
    // The fees part answers the question; another part citing the fee rules is not a second answer
    // and must neither replace it nor disappear from “other”.
    const other = readOther([
      '（一）收取信息处理费情况',
      '本年度未收取信息处理费。',
      '（二）其他事项',
      '严格执行《政府信息公开信息处理费管理办法》，在门户网站公示收费标准。',
    ]);
    expect(other.fees).toMatchObject({ text: '本年度未收取信息处理费。', charged: false });
    expect(other.other).toBe('（二）其他事项\n严格执行《政府信息公开信息处理费管理办法》，在门户网站公示收费标准。');
  });
});

describe('mutation gaps (issue 18): the lines of a part', () => {
  it('in 六: an inline heading’s paragraph keeps its line breaks when it is other text', () => {
    const other = readOther(['（四）政务公开工作创新情况。根据区政府工作安排，开展活动6次。', '全年共举办培训2次。']);
    expect(other.other).toBe('（四）政务公开工作创新情况。根据区政府工作安排，开展活动6次。\n全年共举办培训2次。');
  });

  it('in 六: the fees text under a heading on its own line keeps its line breaks', () => {
    const other = readOther(['（一）收取信息处理费情况', '本年度未收取信息处理费。', '今后将严格执行相关规定。']);
    expect(other.fees.text).toBe('本年度未收取信息处理费。\n今后将严格执行相关规定。');
  });

  it('in 五: a part heading is stripped only at the start of the first line, not after a lead-in', () => {
    // Only “（一）存在问题：” opening the section is a part heading; text before it is the section's own.
    const { problems } = readProblems(['对照年度要点，（一）存在问题：部分栏目更新不及时。']);
    expect(problems).toBe('对照年度要点，（一）存在问题：部分栏目更新不及时。');
  });

  it('in 五: loses no text after a line separator (U+2028) that a paste left inside the first line', () => {
    // Only \n splits a paste into lines, so a line can still hold U+2028 (LINE SEPARATOR).
    const { problems } = readProblems(['（一）存在问题：部分栏目更新不及时。\u2028二是解读形式单一。']);
    expect(problems).toContain('二是解读形式单一。');
  });
});
