/** What importReport hands the wizard: the refusals, the per-section statuses and the findings of the front and back matter. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReport, importText } from './import-report.ts';
import { seedText } from './test-helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/** A report of only a title and the headings of 一 and 二: enough headings to be taken as a report. */
const TITLE = '某某镇2024年政府信息公开工作年度报告';
const skeleton = (...extra: string[]) => [TITLE, '一、总体情况', '正文', '二、主动公开政府信息情况', '正文', ...extra].join('\n');

const imported = (text: string) => {
  const result = importText(text);
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.params)}`);
  return result;
};
const codes = (result: ReturnType<typeof imported>) => result.findings.map((f) => f.code);

describe('importReport: which reading of the clipboard is used', () => {
  it('keeps the HTML reading when it is a report, even with a plain text beside it', async () => {
    const result = await importReport({ kind: 'html', html: fixture('seed-002.html').toString('utf8'), text: seedText('002') });
    expect(result.ok && result.format).toBe('html');
  });

  it('refuses HTML that is not a report when no plain text comes with it', async () => {
    expect(await importReport({ kind: 'html', html: '<p>会议纪要</p><p>今天开会讨论了绿化工作。</p>' })).toEqual({
      ok: false,
      error: 'notAReport',
    });
  });
});

describe('importReport: a .docx refused, with the reason and its details', () => {
  it('names the nesting limit passed', async () => {
    const result = await importReport({ kind: 'docx', bytes: new Uint8Array(fixture('seed-002.docx')), limits: { depth: 3 } });
    expect(result).toEqual({ ok: false, error: 'notADocx', params: { reason: 'tooDeep', limit: '3' } });
  });

  it('names the entry count and the limit', async () => {
    const result = await importReport({ kind: 'docx', bytes: new Uint8Array(fixture('seed-002.docx')), limits: { entries: 2 } });
    expect(result).toMatchObject({ ok: false, error: 'notADocx', params: { reason: 'tooManyEntries', limit: '2' } });
    expect(Number(result.ok ? 0 : result.params?.count)).toBeGreaterThan(2);
  });
});

describe('importText: what is refused as not a report', () => {
  it('refuses a text that never says 信息公开, however report-like its headings', () => {
    expect(importText(skeleton().replaceAll('信息公开', '工作'))).toEqual({ ok: false, error: 'notAReport' });
  });

  it('refuses one heading and no table, and takes two', () => {
    expect(importText([TITLE, '一、总体情况', '正文'].join('\n'))).toEqual({ ok: false, error: 'notAReport' });
    expect(importText(skeleton()).ok).toBe(true);
  });

  it('takes one heading when a table of figures was read', () => {
    // Seed 002's title, opening and table 二, under its heading only.
    const text = seedText('002');
    const cut = text.slice(0, text.indexOf('一、总体情况')) + text.slice(text.indexOf('二、主动公开'), text.indexOf('三、收到和处理'));
    const result = imported(cut);
    expect(result.sections.proactive).toEqual({ status: 'imported', cells: { found: 10, expected: 10 } });
    expect(result.sections.overview).toEqual({ status: 'missing' });
  });

  it('refuses a report without a year, and one before the 2021 format, but takes 2021', () => {
    expect(importText(skeleton().replace('2024年', ''))).toEqual({ ok: false, error: 'notAReport', params: { reason: 'year' } });
    expect(importText(skeleton().replace('2024', '2020'))).toEqual({
      ok: false,
      error: 'notAReport',
      params: { reason: 'before2021', year: '2020' },
    });
    expect(imported(skeleton().replace('2024', '2021')).report.year).toBe(2021);
  });

  it('refuses a text of blank lines as empty, and one with a word as not a report', () => {
    expect(importText('\n \t\n')).toEqual({ ok: false, error: 'empty' });
    expect(importText('\n 信息公开\n')).toEqual({ ok: false, error: 'notAReport' });
  });
});

describe('importText: the front matter', () => {
  it('without an opening paragraph: no opening kept, and a finding on the opening', () => {
    const result = imported(skeleton());
    expect(result.report.preamble).toEqual({ title: null, opening: null });
    expect(result.findings.find((f) => f.code === 'openingMissing')).toEqual({
      code: 'openingMissing',
      severity: 'info',
      section: 'basics',
      cells: ['preamble.opening'],
      params: {},
    });
  });

  it('keeps the opening paragraphs line by line, and has no finding then', () => {
    const text = [TITLE, '根据《条例》要求，编制本报告。', '报告中所列数据统计期限从2024年1月1日到12月31日止。'].join('\n');
    const result = imported(skeleton().replace(TITLE, text));
    expect(result.report.preamble.opening).toBe('根据《条例》要求，编制本报告。\n报告中所列数据统计期限从2024年1月1日到12月31日止。');
    expect(codes(result)).not.toContain('openingMissing');
  });

  it('marks the basics imported with an organ, partial without one', () => {
    expect(imported(skeleton()).sections.basics).toEqual({ status: 'imported' });
    expect(imported(skeleton()).report.organ).toEqual({ name: '某某镇', kind: 'township' });
    const noOrgan = imported(skeleton().replace('某某镇', ''));
    expect(noOrgan.sections.basics).toEqual({ status: 'partial' });
    expect(noOrgan.report.organ.name).toBe('');
  });
});

describe('importText: the status of each section', () => {
  it('a table with no cell read is missing, with its count; a table whose heading is missing is missing with none expected', () => {
    const result = imported(skeleton());
    expect(result.sections.proactive).toEqual({ status: 'missing', cells: { found: 0, expected: 10 } });
    expect(result.sections.applications).toEqual({ status: 'missing', cells: { found: 0, expected: 0 } });
    expect(result.findings.find((f) => f.code === 'rowsMissing')).toEqual({
      code: 'rowsMissing',
      severity: 'warning',
      section: 'proactive',
      cells: [],
      params: { table: '二', found: 0, expected: 10 },
    });
  });

  it('a table read whole is imported with every cell counted, and no rowsMissing', () => {
    const result = imported(seedText('002'));
    expect(result.sections.proactive).toEqual({ status: 'imported', cells: { found: 10, expected: 10 } });
    expect(result.sections.applications).toEqual({ status: 'imported', cells: { found: 144, expected: 144 } });
    expect(codes(result)).not.toContain('rowsMissing');
  });

  it('a narrative section is imported when it has text and missing when its heading is not found', () => {
    const result = imported(skeleton());
    expect(result.sections.overview).toEqual({ status: 'imported' });
    expect(result.sections.problems).toEqual({ status: 'missing' });
    expect(result.sections.other).toEqual({ status: 'missing' });
  });

  it('names each section whose heading is missing, with its official heading', () => {
    const result = imported(skeleton());
    expect(result.findings.filter((f) => f.code === 'sectionMissing')).toEqual(
      (
        [
          ['applications', '三、收到和处理政府信息公开申请情况'],
          ['litigation', '四、政府信息公开行政复议、行政诉讼情况'],
          ['problems', '五、存在的主要问题及改进情况'],
          ['other', '六、其他需要报告的事项'],
        ] as const
      ).map(([section, heading]) => ({ code: 'sectionMissing', severity: 'warning', section, cells: [], params: { heading } })),
    );
  });

  it('names a renumbered heading as printed, with the official one', () => {
    const result = imported(seedText('002'));
    expect(result.findings.find((f) => f.code === 'headingRenumbered')).toEqual({
      code: 'headingRenumbered',
      severity: 'info',
      section: 'problems',
      cells: [],
      params: { printed: '5、 存在的主要问题及改进情况', heading: '五、存在的主要问题及改进情况' },
    });
  });
});

describe('importText: section 六 and the signature', () => {
  const signed = (...tail: string[]) => imported(skeleton('六、其他需要报告的事项', '本年度无其他事项。', ...tail));

  it('reads the signing organ and date, and notes no missing date', () => {
    const result = signed('某某镇人民政府', '2025年1月20日');
    expect(result.report.signature).toEqual({ organ: '某某镇人民政府', date: '2025-01-20' });
    expect(result.report.narrative.other.other).toBe('本年度无其他事项。');
    expect(result.sections.other).toEqual({ status: 'imported' });
    expect(codes(result)).not.toContain('dateMissing');
  });

  it('drops page numbers left at the very end of the text, not the text before them', () => {
    const result = signed('12', '13');
    expect(result.report.narrative.other.other).toBe('本年度无其他事项。');
    expect(signed('本镇共4个村', '2').report.narrative.other.other).toBe('本年度无其他事项。\n本镇共4个村');
  });

  it('keeps a four-digit number at the end: not a page number', () => {
    expect(signed('2024').report.narrative.other.other).toBe('本年度无其他事项。\n2024');
  });

  it('signs with the organ of the title when no signature is printed, and notes the missing date', () => {
    const result = signed();
    expect(result.report.signature).toEqual({ organ: '某某镇', date: '' });
    expect(result.findings.find((f) => f.code === 'dateMissing')).toEqual({
      code: 'dateMissing',
      severity: 'info',
      section: 'basics',
      cells: ['signature.date'],
      params: {},
    });
    expect(imported(skeleton()).report.signature).toEqual({ organ: '某某镇', date: '' });
  });

  it('reads a narrative without the tabs or the blank lines of a web copy', () => {
    const result = signed('\t本镇\t未收取信息处理费。', '  ', '特此报告。');
    expect(result.report.narrative.other.fees.text).toBe('本镇未收取信息处理费。');
    expect(result.report.narrative.other.other).toBe('本年度无其他事项。\n特此报告。');
  });
});

describe('importText: page furniture', () => {
  it('counts the page numbers and running headers dropped from a pdftotext -layout text', () => {
    const pages = [
      [TITLE, '一、总体情况', '正文', '- 1 -'],
      ['某某镇政府信息公开年报', '正文', '二、主动公开政府信息情况', '2'],
      ['某某镇政府信息公开年报', '正文', '第 3 页'],
      ['某某镇政府信息公开年报', '正文'],
    ];
    const result = imported(pages.map((page) => page.join('\n')).join('\f'));
    expect(result.format).toBe('pdfLayout');
    expect(result.findings.find((f) => f.code === 'pageFurnitureDropped')).toEqual({
      code: 'pageFurnitureDropped',
      severity: 'info',
      section: 'basics',
      cells: [],
      // Three page numbers and the header repeated on three pages.
      params: { count: 6 },
    });
    expect(codes(imported(seedText('002')))).not.toContain('pageFurnitureDropped');
  });
});
