import { describe, expect, it } from 'vitest';
import { emptyReport } from './empty.ts';
import { chineseDate, feesSentence, generateOpening, openingOf, titleOf } from './preamble.ts';
import { SECTIONS } from './definition/index.ts';

const report = () => {
  const r = emptyReport({ organ: '某某镇人民政府', year: 2024 });
  r.opening = {
    siteName: '某某镇人民政府网站',
    siteUrl: 'http://www.example.gov.cn',
    contactOffice: '某某镇党政办公室',
    address: '某某路1号',
    postcode: '264200',
    phone: '0631-1234567',
  };
  return r;
};

describe('generateOpening', () => {
  it('states the legal basis, contents, period, site and contact', () => {
    const text = generateOpening(report());
    expect(text).toContain('《中华人民共和国政府信息公开条例》');
    expect(text).toContain('国办公开办函〔2021〕30号');
    expect(text).toContain('2024年1月1日起至2024年12月31日止');
    expect(text).toContain('“某某镇人民政府网站”（网址：http://www.example.gov.cn）');
    expect(text).toContain('请与某某镇党政办公室联系（地址：某某路1号；邮编：264200；电话：0631-1234567）');
    for (const s of SECTIONS) expect(text).toContain(s.heading.slice(2));
  });

  it('lists the six headings without their numbers, and trims what the user typed around the site', () => {
    const r = report();
    r.opening = { ...r.opening, siteName: '  某某镇人民政府网站 ', siteUrl: ' http://www.example.gov.cn  ' };
    const text = generateOpening(r);
    expect(text).toContain(`本报告内容包括：${SECTIONS.map((s) => s.heading.replace(/^.、/, '')).join('、')}。`);
    expect(text).toContain('可在“某某镇人民政府网站”（网址：http://www.example.gov.cn）查阅或下载。');
  });

  it('leaves out a site and an office that are only spaces', () => {
    const r = report();
    r.opening = { ...r.opening, siteName: '   ', siteUrl: '\u3000 ', contactOffice: '  ', address: '', postcode: '', phone: '' };
    const text = generateOpening(r);
    expect(text).not.toContain('电子版');
    expect(text).not.toContain('联系');
  });

  it('leaves out what is not filled in', () => {
    const r = emptyReport({ organ: '某某镇人民政府', year: 2023 });
    const text = generateOpening(r);
    expect(text).not.toContain('电子版');
    expect(text).not.toContain('联系');
    expect(text).not.toContain('undefined');
  });
});

describe('titleOf / openingOf', () => {
  it('prefers the user text and falls back to the generated one', () => {
    const r = report();
    expect(titleOf(r)).toBe('某某镇人民政府2024年政府信息公开工作年度报告');
    expect(openingOf(r)).toBe(generateOpening(r));
    r.preamble = { title: '自定标题', opening: '自定开头' };
    expect(titleOf(r)).toBe('自定标题');
    expect(openingOf(r)).toBe('自定开头');
    r.preamble = { title: '  ', opening: ' ' };
    expect(titleOf(r)).toBe('某某镇人民政府2024年政府信息公开工作年度报告');
  });
});

describe('chineseDate', () => {
  it('prints Arabic numerals without leading zeros', () => {
    expect(chineseDate('2025-01-20')).toBe('2025年1月20日');
    expect(chineseDate('')).toBe('');
  });
});

describe('feesSentence', () => {
  it('states both answers in 元, with the year', () => {
    const fees = { charged: false, amountYuan: null, count: null, text: '' };
    expect(feesSentence(fees, 2024)).toBe('2024年度未收取信息处理费。');
    expect(feesSentence({ ...fees, charged: true, amountYuan: '120', count: 2 }, 2024)).toBe(
      '2024年度共收取信息处理费120元，涉及政府信息公开申请2件。',
    );
    expect(feesSentence({ ...fees, charged: null }, 2024)).toBe('');
  });

  it('leaves out the count nobody gave and marks a missing amount for the user to fill', () => {
    const fees = { charged: true, amountYuan: '35.5', count: null, text: '' };
    expect(feesSentence(fees, 2023)).toBe('2023年度共收取信息处理费35.5元。');
    expect(feesSentence({ ...fees, amountYuan: null, count: 0 }, 2023)).toBe(
      '2023年度共收取信息处理费（金额）元，涉及政府信息公开申请0件。',
    );
  });
});

describe('generateOpening, the telephone', () => {
  it('states the telephone without the spaces typed around it', () => {
    const r = report();
    r.opening.phone = '  0631-1234567 ';
    expect(generateOpening(r)).toContain('邮编：264200；电话：0631-1234567）');
  });

  it('a telephone of spaces only is no telephone', () => {
    const r = report();
    r.opening.phone = '   ';
    const text = generateOpening(r);
    expect(text).not.toContain('电话');
    expect(text).toContain('（地址：某某路1号；邮编：264200）');
  });
});
