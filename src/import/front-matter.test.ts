import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter.ts';

const OPENING = '根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，编制本报告。';

describe('readFrontMatter: the title', () => {
  it('reads organ and year from a one-line title, the opening after it', () => {
    const front = readFrontMatter(['某某镇人民政府2024年政府信息公开工作年度报告', OPENING, '一、总体情况']);
    expect(front).toEqual({
      organ: '某某镇人民政府',
      year: 2024,
      yearFromText: false,
      titleHasYear: true,
      opening: [OPENING, '一、总体情况'],
    });
  });

  it('joins a title split over two lines (seed 003) and a 年度 title', () => {
    const front = readFrontMatter(['', '  金山区人民政府办公室  ', '2024年度政府信息公开工作年度报告', OPENING]);
    expect(front.organ).toBe('金山区人民政府办公室');
    expect(front.year).toBe(2024);
    expect(front.opening).toEqual([OPENING]);
  });

  it('finds the title below a web page’s navigation and leaves the furniture out of the opening', () => {
    const nav = ['首页', '政务公开', '当前位置：首页 > 政务公开 > 年度报告', '发布时间：2025-01-20', '来源：党政办'];
    const front = readFrontMatter([...nav, '平潭综合实验区海坛片区管理局2022年政府信息公开工作年度报告', OPENING]);
    expect(front.organ).toBe('平潭综合实验区海坛片区管理局');
    expect(front.year).toBe(2022);
    expect(front.opening).toEqual([OPENING]);
  });
});

describe('readFrontMatter: a title without its year', () => {
  const untitled = (...opening: string[]) => readFrontMatter(['某某镇政府信息公开工作年度报告', ...opening]);

  it('takes the year of the statistics period, and says it came from the text', () => {
    const front = untitled(OPENING, '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。');
    expect(front).toMatchObject({ organ: '某某镇', year: 2023, yearFromText: true, titleHasYear: false });
  });

  it('reads the period with spaces a PDF puts between its characters, and over a wrapped line', () => {
    expect(untitled('统计期限自 2021 年 1 月 1 日起至2021年12月31日止。').year).toBe(2021);
    expect(untitled('本报告中所列数据的统计期限自2022年1', '月1日起至2022年12月31日止。').year).toBe(2022);
  });

  it('takes the year of 1月1日, not of another date before it', () => {
    const front = untitled('2024年3月1日发布。统计期限自2023年1月1日起至2023年12月31日止。');
    expect(front.year).toBe(2023);
  });

  it('falls back to a year named with the report’s title in the text', () => {
    expect(untitled('现公布某某镇2022年度政府信息公开工作年度报告。').year).toBe(2022);
    expect(untitled('现公布某某镇2020年政府信息公开工作年度报告如下。')).toMatchObject({ year: 2020, yearFromText: true });
  });

  it('leaves the year unknown when the text names none', () => {
    expect(untitled(OPENING)).toMatchObject({ year: null, yearFromText: false, titleHasYear: false });
  });
});
