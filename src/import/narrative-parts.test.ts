/** How the narrative of 一, 五 and 六 is cut into its parts: which lines are sub-headings, where each part goes. */
import { describe, expect, it } from 'vitest';
import { emptyNarrative } from '../report/index.ts';
import { readOther, readOverview, readProblems } from './narrative-extract.ts';

describe('sub-headings: the forms a part’s heading is printed in', () => {
  it.each([
    '（一）主动公开',
    '(一)主动公开',
    '（1）主动公开',
    '(10)主动公开',
    '1.主动公开',
    '1．主动公开',
    '1、主动公开',
    '12、主动公开',
    '一、主动公开',
    '十、主动公开',
  ])('%s starts a part', (heading) => {
    expect(readOverview([heading, '内容。']).areas.proactive).toEqual({ heading, text: '内容。' });
  });

  it.each(['一是主动公开', '1.5万条主动公开', '（一二三）主动公开', '123.主动公开', '主动公开'])('%s does not', (line) => {
    const overview = readOverview([line, '内容。']);
    expect(overview.intro).toBe(`${line}\n内容。`);
    expect(overview.areas.proactive.text).toBe('');
  });

  it('drops the spaces after the number of a heading on its own line, not those inside it', () => {
    expect(readOverview(['（一）  主动公开', '内容。']).areas.proactive.heading).toBe('（一）  主动公开');
    expect(readOverview(['（一）  主动公开。内容。']).areas.proactive).toEqual({ heading: '（一）  主动公开', text: '内容。' });
  });
});

describe('sub-headings: on their own line or running into the text', () => {
  it('ends an inline heading at its first 。, ： or : within 30 characters', () => {
    for (const stop of ['。', '：', ':']) {
      expect(readOverview([`（一）主动公开${stop}全年公开信息120条。`]).areas.proactive).toEqual({
        heading: '（一）主动公开',
        text: '全年公开信息120条。',
      });
    }
    const thirty = `主动公开${'情'.repeat(26)}`;
    expect(readOverview([`（一）${thirty}。正文。`]).areas.proactive).toEqual({ heading: `（一）${thirty}`, text: '正文。' });
  });

  it('takes a line whose stop comes later, or an unstopped line over 30 characters, as text', () => {
    const long = `主动公开${'情'.repeat(27)}`;
    expect(readOverview([`（一）${long}。正文。`]).intro).toBe(`（一）${long}。正文。`);
    expect(readOverview([`（一）${long}`]).intro).toBe(`（一）${long}`);
    expect(readOverview([`（一）${long.slice(0, 30)}`]).areas.proactive.heading).toBe(`（一）${long.slice(0, 30)}`);
  });

  it('keeps an inline heading with no text after it as a heading with an empty text', () => {
    expect(readOverview(['（一）主动公开：', '内容。']).areas.proactive).toEqual({ heading: '（一）主动公开', text: '内容。' });
  });
});

describe('readOverview: the five areas', () => {
  it('puts each part under the area its heading names, whatever the order', () => {
    const overview = readOverview([
      '引言。',
      '（一）监督保障',
      '培训3次。',
      '（二）平台建设',
      '网站改版。',
      '（三）政府信息管理',
      '目录更新。',
      '（四）依申请公开',
      '收到申请5件。',
      '（五）主动公开',
      '公开120条。',
      '续行。',
    ]);
    expect(overview.intro).toBe('引言。');
    expect(Object.fromEntries(Object.entries(overview.areas).map(([id, a]) => [id, [a.heading, a.text]]))).toEqual({
      proactive: ['（五）主动公开', '公开120条。\n续行。'],
      onRequest: ['（四）依申请公开', '收到申请5件。'],
      management: ['（三）政府信息管理', '目录更新。'],
      platform: ['（二）平台建设', '网站改版。'],
      oversight: ['（一）监督保障', '培训3次。'],
    });
  });

  it('gives an area to the first part naming it; a second part naming it fills a free area', () => {
    const overview = readOverview(['（一）主动公开', '甲。', '（二）主动公开续', '乙。']);
    expect(overview.areas.proactive).toEqual({ heading: '（一）主动公开', text: '甲。' });
    expect(overview.areas.onRequest).toEqual({ heading: '（二）主动公开续', text: '乙。' });
  });

  it('reads 申请公开 and 网站建设 and 考核 as their areas', () => {
    const overview = readOverview(['（一）政府信息申请公开', '甲。', '（二）网站建设', '乙。', '（三）考核评议', '丙。']);
    expect([overview.areas.onRequest.text, overview.areas.platform.text, overview.areas.oversight.text]).toEqual(['甲。', '乙。', '丙。']);
  });

  it('keeps the areas of the draft no part fills', () => {
    const narrative = emptyNarrative();
    narrative.overview.areas.oversight = { heading: '（五）监督保障', text: '已写好的。' };
    const overview = readOverview(['（一）主动公开', '甲。'], narrative);
    expect(overview.areas.oversight).toEqual({ heading: '（五）监督保障', text: '已写好的。' });
    expect(overview.areas.proactive.text).toBe('甲。');
    expect(narrative.overview.areas.proactive.text).toBe('');
  });

  it('puts parts beyond five in the intro, a heading on its own line with its line break', () => {
    const lines = [
      '（一）主动公开',
      '甲',
      '（二）依申请',
      '乙',
      '（三）管理',
      '丙',
      '（四）平台',
      '丁',
      '（五）监督',
      '戊',
      '（六）创新',
      '己',
    ];
    expect(readOverview(lines).intro).toBe('（六）创新\n己');
  });
});

describe('readProblems: where the improvements start', () => {
  it.each([
    '（二）改进措施',
    '(二)改进情况',
    '二、改进措施',
    '2.下一步工作打算',
    '2．整改措施',
    '2、下步打算',
    '对此，我镇将加强培训。',
    '下一年，我镇将加强培训。',
    '2025年，我局计划加强培训。',
    '2025年我镇将加强培训。',
  ])('at %s', (line) => {
    const read = readProblems(['存在问题：更新不及时。', line, '加强培训。']);
    expect(read.problems).toBe('存在问题：更新不及时。');
    expect(read.improvements.endsWith('加强培训。')).toBe(true);
  });

  it.each(['2025年全年共发布信息120条，将来计划不变。', '（三）改进措施', '二是改进不够。'])('not at %s', (line) => {
    expect(readProblems(['存在问题：更新不及时。', line]).improvements).toBe('');
  });

  it('strips a part heading only when it names the part', () => {
    expect(readProblems(['（一）存在问题', '甲。', '（二）改进措施', '乙。'])).toEqual({ problems: '甲。', improvements: '乙。' });
    expect(readProblems(['（一）主要问题：甲。', '（二）整改打算：乙。'])).toEqual({ problems: '甲。', improvements: '乙。' });
    expect(readProblems(['一、工作成效：甲。', '二、改进：乙。'])).toEqual({ problems: '一、工作成效：甲。', improvements: '乙。' });
    expect(readProblems([])).toEqual({ problems: '', improvements: '' });
  });
});

describe('readOther: the parts of 六', () => {
  it('takes fees, proposals and key points by their headings, the text after the heading', () => {
    const other = readOther([
      '（一）收取信息处理费情况',
      '本年度未收取信息处理费。',
      '（二）人大代表建议和政协提案办理情况',
      '办理建议12件。',
      '（三）政务公开工作要点落实情况',
      '落实到位。',
      '（四）其他',
      '无。',
    ]);
    expect(other.fees).toMatchObject({ text: '本年度未收取信息处理费。', charged: false });
    expect(other.proposals).toBe('办理建议12件。');
    expect(other.keyPoints).toBe('落实到位。');
    expect(other.other).toBe('（四）其他\n无。');
  });

  it('keeps a heading as the text of a part printed as a heading only', () => {
    const other = readOther(['（一）政协提案办理情况', '（二）工作要点落实']);
    expect([other.proposals, other.keyPoints]).toEqual(['（一）政协提案办理情况', '（二）工作要点落实']);
  });

  it.each(['未收取', '没有收取', '未有收取', '未产生', '不收取', '无收费', '未发生收费'])('a fees part saying %s: not charged', (said) => {
    expect(readOther(['（一）收费情况', `本年度${said}信息处理费。`]).fees.charged).toBe(false);
  });

  it('a fees part that does not say so leaves the charge unknown; a second fees part is other text', () => {
    const other = readOther(['（一）收费情况', '收取信息处理费200元。', '（二）收费说明', '按标准收取。']);
    expect(other.fees.text).toBe('收取信息处理费200元。');
    expect(other.fees.charged).toBe(emptyNarrative().other.fees.charged);
    expect(other.other).toBe('（二）收费说明\n按标准收取。');
  });

  it('takes the first proposals and key-points parts; later ones are other text', () => {
    const other = readOther(['（一）人大建议', '甲。', '（二）政协提案', '乙。', '（三）要点', '丙。', '（四）要点', '丁。']);
    expect([other.proposals, other.keyPoints]).toEqual(['甲。', '丙。']);
    expect(other.other).toBe('（二）政协提案\n乙。\n（四）要点\n丁。');
  });

  it('without a fees part, takes the first line about 信息处理费 out of the rest', () => {
    const other = readOther(['本年度工作正常。', '本机关不收取信息处理费。', '特此报告。']);
    expect(other.fees).toMatchObject({ text: '本机关不收取信息处理费。', charged: false });
    expect(other.other).toBe('本年度工作正常。\n特此报告。');
    const charged = readOther(['共收取信息处理费100元。']);
    expect(charged.fees.text).toBe('共收取信息处理费100元。');
    expect(charged.fees.charged).toBe(emptyNarrative().other.fees.charged);
    expect(readOther(['没有收取信息处理费。']).fees.charged).toBe(false);
    expect(readOther(['未有收取信息处理费。']).fees.charged).toBe(false);
  });
});
