/** Small behaviours of the readers that the mutation sample found unpinned (issue 18). */
import { describe, expect, it } from 'vitest';
import { readHtml } from './html.ts';
import { importText } from './import-report.ts';
import { findHeadings } from './sections.ts';
import { splitTrailingNumbers } from './source.ts';
import { seedText } from './test-helpers.ts';

const line = (text: string) => ({ text, cells: [text] });

describe('findHeadings', () => {
  it('takes no one-character heading body for a section, however close it is to the name', () => {
    const found = findHeadings([line('一、总'), line('一、总体情况'), line('正文')]);
    expect(found[0]).toMatchObject({ section: 'overview', line: 1 });
  });
});

describe('findHeadings: which first-level lines are the six headings', () => {
  const found = (...texts: string[]) => findHeadings(texts.map(line)).map((h) => [h.section, h.line, h.renumbered]);

  it('takes the official heading, one a few characters off, or one that keeps the key words', () => {
    expect(found('一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况')).toEqual([
      ['overview', 0, false],
      ['proactive', 1, false],
      ['applications', 2, false],
    ]);
    // 一、总体概况 is two characters off; 3、依申请公开办理情况 only keeps 申请, and is renumbered.
    expect(found('一、总体概况', '2、主动公开情况', '3、依申请公开办理情况')).toEqual([
      ['overview', 0, false],
      ['proactive', 1, true],
      ['applications', 2, true],
    ]);
  });

  it('passes over a first-level line about something else', () => {
    expect(found('一、我镇召开专题会议部署工作', '一、总体情况')).toEqual([['overview', 1, false]]);
  });
});

describe('splitTrailingNumbers', () => {
  it('splits a label from each of the numbers printed after it', () => {
    expect(splitTrailingNumbers('行政规范性文件 4 0 12')).toEqual(['行政规范性文件', '4', '0', '12']);
    expect(splitTrailingNumbers('3.危及“三安全一稳定”  0')).toEqual(['3.危及“三安全一稳定”', '0']);
    expect(splitTrailingNumbers('第 3 页')).toEqual(['第 3 页']);
  });
});

describe('readHtml: what a page holds that is not text', () => {
  const texts = (html: string) => readHtml(html).lines.map((l) => l.text);

  it('drops a comment or CDATA section whole, even with a > inside', () => {
    expect(texts('<p>正文</p><!-- 旧数据 > 12件 --><p>后文</p>')).toEqual(['正文', '后文']);
    expect(texts('<p>正文</p><![CDATA[ a > 12件 ]]><p>后文</p>')).toEqual(['正文', '后文']);
  });

  it('reads the last row of a table whose </tr> is missing', () => {
    const cells = readHtml('<table><tr><td>自然人</td><td>5</td></table><p>后文</p>').lines.map((l) => l.cells);
    expect(cells).toEqual([['自然人', '5'], ['后文']]);
  });
});

describe('importText: the title', () => {
  it('notes a title without its year, naming the year read from the text', () => {
    const text = seedText('002').replace(/^(.*?)2024年(政府信息公开工作年度报告)/m, '$1$2');
    const result = importText(text);
    expect(result.ok && result.findings.find((f) => f.code === 'titleWithoutYear')).toMatchObject({ params: { year: 2024 } });
    const plain = importText(seedText('002'));
    expect(plain.ok && plain.findings.some((f) => f.code === 'titleWithoutYear')).toBe(false);
  });
});
