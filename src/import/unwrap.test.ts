import { describe, expect, it } from 'vitest';
import { tightenSpaces, unwrapLines } from './unwrap.ts';

describe('unwrapLines: a PDF’s hard-wrapped prose back into paragraphs', () => {
  it('joins a line that continues the paragraph and starts anew after a sentence end', () => {
    expect(unwrapLines(['2024年，本镇坚持以公开为常态、不公开为例外，', '全面推进政务公开工作。', '主动公开政府信息120条。'])).toEqual([
      '2024年，本镇坚持以公开为常态、不公开为例外，全面推进政务公开工作。',
      '主动公开政府信息120条。',
    ]);
  });

  it('starts a new paragraph at a sub-heading or ordinal even when the line before runs on', () => {
    expect(unwrapLines(['（一）主动公开', '（二）依申请公开', '1.收到申请', '二是完善制度'])).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '1.收到申请',
      '二是完善制度',
    ]);
  });

  it('skips blank lines without ending the paragraph, and never joins onto nothing', () => {
    expect(unwrapLines(['', '  ', '本年度共收到申请', '', '10件。'])).toEqual(['本年度共收到申请10件。']);
  });

  it('removes the spaces pdftotext puts between Chinese and digits', () => {
    expect(tightenSpaces('2024 年共收到申请 10 件（其中 3 件）')).toBe('2024年共收到申请10件（其中3件）');
    expect(tightenSpaces('访问 http://www.example.gov.cn 查阅')).toBe('访问http://www.example.gov.cn查阅');
  });
});

describe('unwrapLines and blank lines', () => {
  it('leaves no empty paragraph for a blank line after a finished sentence', () => {
    // pdftotext prints blank lines between paragraphs and at the page's end: they carry nothing.
    expect(unwrapLines(['主动公开政府信息120条。', '', '（二）依申请公开', '   '])).toEqual([
      '主动公开政府信息120条。',
      '（二）依申请公开',
    ]);
  });
});
