import { describe, expect, it } from 'vitest';
import { organName, readFrontMatter, readOpeningFields, readSignature } from './front-matter.ts';

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

  it('gives the opening without blank lines or the indent of its paragraphs', () => {
    // A .docx or PDF puts empty paragraphs between blocks and indents each paragraph with two
    // full-width spaces; the opening's lines are the text alone.
    const front = readFrontMatter(['某某镇人民政府2024年政府信息公开工作年度报告', '', `\u3000\u3000${OPENING}`, '   ', '一、总体情况  ']);
    expect(front.opening).toEqual([OPENING, '一、总体情况']);
  });

  it('leaves the organ empty and keeps every line as the opening when there is no title', () => {
    // A pasted text that starts straight with the report's body names no organ: nothing is invented.
    const front = readFrontMatter([OPENING, '一、总体情况']);
    expect(front).toEqual({ organ: '', year: null, yearFromText: false, titleHasYear: false, opening: [OPENING, '一、总体情况'] });
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

describe('readOpeningFields: the contact details of the opening paragraph, as the seeds print them', () => {
  it('reads site, URL, office, address and phone (seed 002: 地址…，电话…)', () => {
    const text =
      '报告电子版可从威海市环翠区人民政府网站（网址：http://www.huancui.gov.cn/col/col42981/index.html）查阅或下载。公众如需进一步咨询了解相关信息，请与威海市环翠区人民政府办公室联系（地址：威海市新威路75号，电话：0631-5208761）。';
    expect(readOpeningFields(text)).toEqual({
      siteName: '威海市环翠区人民政府网站',
      siteUrl: 'http://www.huancui.gov.cn/col/col42981/index.html',
      contactOffice: '威海市环翠区人民政府办公室',
      address: '威海市新威路75号',
      postcode: '',
      phone: '0631-5208761',
    });
  });

  it('reads a postcode and a list set off by semicolons (seed 003), without a site', () => {
    const text =
      '如对报告内容有疑问，请与金山镇人民政府党政办公室联系（地址：金山镇十化建淄博化建医院北院区对面；邮编：255438；电话：0533-7500087；电子邮箱：无）。';
    expect(readOpeningFields(text)).toEqual({
      siteName: '',
      siteUrl: '',
      contactOffice: '金山镇人民政府党政办公室',
      address: '金山镇十化建淄博化建医院北院区对面',
      postcode: '255438',
      phone: '0533-7500087',
    });
  });

  it('reads 请联系 without 与, commas between the fields (seed 004), and full-width digits', () => {
    const text =
      '如对本年报有疑问、意见和建议，请联系蛟河市白石山镇人民政府，地址：蛟河市白石山镇白石山路4号，邮编：１３２５０３，电话：0432-67051348。';
    expect(readOpeningFields(text)).toMatchObject({
      contactOffice: '蛟河市白石山镇人民政府',
      address: '蛟河市白石山镇白石山路4号',
      postcode: '132503',
      phone: '0432-67051348',
    });
  });

  it('keeps a phone’s own brackets and drops the one that closes the paragraph’s', () => {
    expect(readOpeningFields('请与某某镇党政办联系（电话：（0631）8781088）').phone).toBe('（0631）8781088');
    expect(readOpeningFields('请与某某镇党政办联系（咨询电话：0631-8781088）').phone).toBe('0631-8781088');
  });
});

describe('readSignature: the organ and date after section 六', () => {
  it('reads the organ line above the date (seed 001), and how many lines they take', () => {
    expect(readSignature(['无', '威海市文登区泽库镇人民政府', '2024年1月22日    '])).toEqual({
      organ: '威海市文登区泽库镇人民政府',
      date: '2024-01-22',
      consumed: 2,
    });
  });

  it('reads a date with spaces and blank lines around it, and takes no sentence or heading for the organ', () => {
    expect(readSignature(['本镇未收取信息处理费。', '', '2025 年 1 月 5 日', ''])).toEqual({ organ: '', date: '2025-01-05', consumed: 2 });
    expect(readSignature(['（四）其他事项', '2025年1月5日'])).toEqual({ organ: '', date: '2025-01-05', consumed: 1 });
  });

  it('reads the organ across a blank line and without the indent that sets it to the right', () => {
    // Signatures are right-aligned with spaces in text and PDF copies, often with an empty line
    // before the date; the organ is the name alone, and a line of spaces is no organ.
    expect(readSignature(['无', '              某某县人民政府办公室', '', '          2025年1月20日'])).toEqual({
      organ: '某某县人民政府办公室',
      date: '2025-01-20',
      consumed: 3,
    });
    expect(readSignature(['本机关未收取信息处理费。', '      ', '2025年1月20日'])).toEqual({ organ: '', date: '2025-01-20', consumed: 1 });
  });

  it('finds nothing when the text ends without a date', () => {
    expect(readSignature(['六、其他需要报告的事项', '无'])).toEqual({ organ: '', date: '', consumed: 0 });
  });
});

describe('organName: the title’s organ, or the contact office when the title is shortened', () => {
  const opening = (contactOffice: string) => ({ siteName: '', siteUrl: '', contactOffice, address: '', postcode: '', phone: '' });
  it('keeps a full organ name from the title', () => {
    expect(organName('某某镇人民政府', opening('某某镇党政办公室'))).toBe('某某镇人民政府');
  });
  it('completes a shortened title from the office, without its 办公室', () => {
    expect(organName('金山镇', opening('金山镇人民政府党政办公室'))).toBe('金山镇人民政府');
    expect(organName('泽库镇', opening('威海市文登区泽库镇人民政府党政办'))).toBe('威海市文登区泽库镇人民政府');
  });
  it('falls back to whichever is there', () => {
    expect(organName('', opening('某某镇人民政府'))).toBe('某某镇人民政府');
    expect(organName('某某片区', opening(''))).toBe('某某片区');
  });
});

describe('mutation gaps (issue 18): front matter', () => {
  it('takes the year that ends the title, not a year named in a line joined before it', () => {
    // A correction notice above the title has no title ending of its own, so the two lines are read
    // as one title: its year is the one just before 政府信息公开工作年度报告 at the end.
    const front = readFrontMatter(['关于某某区2023年政府信息公开工作年度报告的更正说明', '某某区2024年政府信息公开工作年度报告', OPENING]);
    expect(front.year).toBe(2024);
    expect(front.organ).toBe('关于某某区2023年政府信息公开工作年度报告的更正说明某某区');
  });

  it('takes a two-digit month of the signature date', () => {
    expect(readSignature(['某某镇人民政府', '2024年12月30日'])).toEqual({ organ: '某某镇人民政府', date: '2024-12-30', consumed: 2 });
  });

  it('takes no statistics period, nor a sentence that starts or ends with a date, as the signature date', () => {
    // The date is a line of its own: a period “…至…” holds two dates and is none of them.
    expect(readSignature(['本报告统计期限为：', '2024年1月1日至2024年12月31日'])).toEqual({ organ: '', date: '', consumed: 0 });
    expect(readSignature(['某某镇人民政府', '2024年12月31日前完成整改'])).toEqual({ organ: '', date: '', consumed: 0 });
    expect(readSignature(['某某镇人民政府', '数据统计截至2024年12月31日'])).toEqual({ organ: '', date: '', consumed: 0 });
  });

  it('names the contact office in full when the title gives no organ', () => {
    // Without a title the office is all there is: its 办公室 is not cut off, as it is when
    // completing a shortened title.
    const opening = (contactOffice: string) => ({ siteName: '', siteUrl: '', contactOffice, address: '', postcode: '', phone: '' });
    expect(organName('', opening('某某县人民政府办公室'))).toBe('某某县人民政府办公室');
  });

  it('keeps a shortened title when the contact office is another organ’s', () => {
    const opening = (contactOffice: string) => ({ siteName: '', siteUrl: '', contactOffice, address: '', postcode: '', phone: '' });
    expect(organName('某某片区', opening('某某县人民政府办公室'))).toBe('某某片区');
  });

  it('cuts 办公室 only at the end of the office completing a shortened title', () => {
    const opening = (contactOffice: string) => ({ siteName: '', siteUrl: '', contactOffice, address: '', postcode: '', phone: '' });
    expect(organName('某某县', opening('某某县人民政府办公室政务公开科'))).toBe('某某县人民政府办公室政务公开科');
  });
});
