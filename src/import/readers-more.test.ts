/** Readers' small decisions the second mutation sample found unpinned (issue 18). */
import { describe, expect, it } from 'vitest';
import { readProblems } from './narrative-extract.ts';
import { detectTextFormat, withoutFurniture } from './source.ts';

describe('readProblems: the part headings of section 五', () => {
  it('drops a heading-only line and keeps the text of an inline one', () => {
    expect(readProblems(['（一）存在的问题', '公开内容不够全面。', '（二）改进措施：加强培训。'])).toEqual({
      problems: '公开内容不够全面。',
      improvements: '加强培训。',
    });
    expect(readProblems(['(一)存在问题。一是公开不够及时。', '二、改进措施', '下一步将加强培训。'])).toEqual({
      problems: '一是公开不够及时。',
      improvements: '下一步将加强培训。',
    });
  });

  it('keeps a first line whose words are not a heading, or whose heading part is too long to be one', () => {
    expect(readProblems(['（一）本年度政务公开工作取得一定成效，但仍存在问题。']).problems).toBe(
      '（一）本年度政务公开工作取得一定成效，但仍存在问题。',
    );
    expect(readProblems(['一、信息更新速度较慢：部分栏目更新不及时。']).problems).toBe('一、信息更新速度较慢：部分栏目更新不及时。');
  });

  it('starts the improvements at 下一步, 今后, 2025年将… but not on the first line', () => {
    expect(readProblems(['存在问题：更新不及时。', '2025年，我镇将加强培训。']).improvements).toBe('2025年，我镇将加强培训。');
    expect(readProblems(['今后仍需改进的是更新速度。', '部分栏目更新不及时。']).improvements).toBe('');
  });
});

describe('withoutFurniture: page numbers', () => {
  const kept = (...pages: string[][]) => withoutFurniture(pages, (l) => l).kept;

  it('drops a page number as the first or last line of a page, in its printed forms', () => {
    expect(kept(['正文一', '2'], ['第 3 页', '正文二'], ['正文三', '4/10'], ['正文四', '- 5 -'], ['正文五', '第6页 共10页'])).toEqual([
      '正文一',
      '正文二',
      '正文三',
      '正文四',
      '正文五',
    ]);
  });

  it('keeps a number inside the page: a table cell, not furniture', () => {
    expect(kept(['自然人', '2', '法人', '3', '正文'])).toEqual(['自然人', '2', '法人', '3', '正文']);
  });
});

describe('detectTextFormat', () => {
  it('takes three pipe rows for Markdown, and two for text', () => {
    expect(detectTextFormat('| a | b |\n| - | - |\n| 1 | 2 |')).toBe('markdown');
    expect(detectTextFormat('| a | b |\n| 1 | 2 |\n正文')).toBe('text');
  });

  it('takes a form feed or five lines of wide gaps for pdftotext -layout, and four for text', () => {
    const gaps = (n: number) => Array.from({ length: n }, (_, i) => `自然人  ${i}`).join('\n');
    expect(detectTextFormat('第一页\f第二页')).toBe('pdfLayout');
    expect(detectTextFormat(gaps(5))).toBe('pdfLayout');
    expect(detectTextFormat(gaps(4))).toBe('text');
  });
});
