/** readText: plain text, Markdown and pdftotext -layout as the importer's lines of cells. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTextFormat, isPrintedLayout, lineOf, readText, splitTrailingNumbers, withoutFurniture } from './source.ts';

const cells = (text: string, format?: Parameters<typeof readText>[1]) => readText(text, format).lines.map((l) => l.cells);

describe('isPrintedLayout: whose prose is hard-wrapped', () => {
  it('a PDF and pdftotext -layout, nothing else', () => {
    expect((['pdf', 'pdfLayout', 'text', 'markdown', 'html', 'docx'] as const).map(isPrintedLayout)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('lineOf', () => {
  it('trims each cell, keeps blank cells, and joins the filled ones by a tab', () => {
    expect(lineOf([' 自然人 ', '', ' 5'])).toEqual({ text: '自然人\t5', cells: ['自然人', '', '5'] });
    expect(lineOf(['[bookmark: _GoBack]正文'])).toEqual({ text: '正文', cells: ['正文'] });
  });

  it('reads a line of one cell as the general reading does (a blank cell after it changes neither)', () => {
    const cell = fc.string({ unit: fc.constantFrom(...' \u3000\t\u00ad\u200b[]:_a自然人1，'), maxLength: 16 });
    fc.assert(
      fc.property(cell, (text) => {
        const general = lineOf([text, '']);
        expect(lineOf([text])).toEqual({ text: general.text, cells: general.cells.slice(0, 1) });
      }),
    );
  });
});

describe('readText: plain text', () => {
  it('reads each line as a line, its tabs as cell gaps, whatever the line endings', () => {
    expect(readText('甲\t1\r\n乙\t2\r丙').lines).toEqual([
      { text: '甲\t1', cells: ['甲', '1'] },
      { text: '乙\t2', cells: ['乙', '2'] },
      { text: '丙', cells: ['丙'] },
    ]);
    expect(readText('甲\r\n乙').format).toBe('text');
  });

  it('leaves Markdown marks in a plain text as printed', () => {
    expect(cells('**一、总体情况**\n# 标题')).toEqual([['**一、总体情况**'], ['# 标题']]);
  });
});

describe('readText: Markdown', () => {
  const table = ['| 信息内容 | 本年制发件数 |', '| :--- | ---: |', '| 规章 | 0 |', '|行政规范性文件|4|'].join('\n');

  it('reads a pipe table row by row, without its separator row', () => {
    expect(readText(table).format).toBe('markdown');
    expect(cells(table)).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '0'],
      ['行政规范性文件', '4'],
    ]);
  });

  it('removes heading marks, bold and backslash escapes, in table cells and in paragraphs', () => {
    expect(cells(`## 一、总体情况\n**加粗**的\\*正文\\_\n${table}\n| \\#1 | **5** |`, 'markdown')).toEqual([
      ['一、总体情况'],
      ['加粗的*正文_'],
      ['信息内容', '本年制发件数'],
      ['规章', '0'],
      ['行政规范性文件', '4'],
      ['#1', '5'],
    ]);
  });

  it('reads a row indented or followed by spaces as a row, and a line with one pipe as text', () => {
    expect(cells(`${table}\n  | 甲 | 1 |  \n| 乙 1`)).toEqual([
      ['信息内容', '本年制发件数'],
      ['规章', '0'],
      ['行政规范性文件', '4'],
      ['甲', '1'],
      ['| 乙 1'],
    ]);
  });
});

describe('readText: pdftotext -layout', () => {
  it('splits cells at runs of two spaces or more, or of ideographic spaces, and labels from their numbers', () => {
    const text = ['行政许可  43540', '自然人\u3000\u30005', '行政规范性文件 4 8 16', '一、总体情况', '', '三、收到  申请'].join('\n');
    const source = readText(text, 'pdfLayout');
    expect(source.format).toBe('pdfLayout');
    expect(source.lines.map((l) => l.cells)).toEqual([
      ['行政许可', '43540'],
      ['自然人', '5'],
      ['行政规范性文件', '4', '8', '16'],
      ['一、总体情况'],
      [''],
      ['三、收到', '申请'],
    ]);
  });

  it('drops the page numbers of each page and counts them', () => {
    const text = ['正文一', '1', '\f正文二', '- 2 -', '\f3', '正文三'].join('\n');
    const source = readText(text);
    expect(source.format).toBe('pdfLayout');
    // The blank line before each form feed stays: a blank cell to the readers.
    expect(source.lines.map((l) => l.text)).toEqual(['正文一', '', '正文二', '', '正文三']);
    expect(source.droppedLines).toBe(3);
    expect(readText('正文一\n正文二').droppedLines).toBe(0);
  });
});

describe('detectTextFormat: the line forms counted', () => {
  it('counts indented pipe rows, and ideographic gaps as layout gaps', () => {
    expect(detectTextFormat('  | a |\n| b |  \n\t| c |')).toBe('markdown');
    expect(detectTextFormat(Array.from({ length: 5 }, (_, i) => `自然人\u3000${i}`).join('\n'))).toBe('pdfLayout');
    expect(detectTextFormat(Array.from({ length: 5 }, (_, i) => `自然人 ${i}`).join('\n'))).toBe('text');
  });
});

describe('withoutFurniture', () => {
  const kept = (...pages: string[][]) => withoutFurniture(pages, (l) => l);

  it('drops a dashed page number anywhere on a page, and one behind blank lines at a page’s end', () => {
    expect(kept(['正文', '— 3 —', '续文', '', '4', ''])).toEqual({ kept: ['正文', '续文', '', ''], dropped: 2 });
  });

  it('takes the first filled line of a page as its header, after blank lines too', () => {
    const pages = [
      ['', '页眉', '正文一'],
      ['页眉', '正文二'],
      ['', '', '页眉', '正文三'],
    ];
    expect(kept(...pages)).toEqual({ kept: ['', '正文一', '正文二', '', '', '正文三'], dropped: 3 });
  });

  it('keeps a blank page and a header printed lower on a page', () => {
    expect(kept([], ['页眉', '正文'], ['页眉'], ['页眉', '甲'], ['正文', '页眉'])).toEqual({
      kept: ['正文', '甲', '正文', '页眉'],
      dropped: 3,
    });
    expect(kept([''], [''], ['', '正文'], [''])).toEqual({ kept: ['', '', '', '正文', ''], dropped: 0 });
  });

  it('keeps every line of pages without furniture (property)', () => {
    const line = fc.constantFrom('正文', '自然人', '三、收到和处理政府信息公开申请情况', '', '行政许可 12');
    fc.assert(
      fc.property(fc.array(fc.array(line, { maxLength: 6 }), { maxLength: 4 }), (pages) => {
        const distinct = pages.map((p, i) => p.map((l) => (l ? `${l}${i}` : l)));
        expect(kept(...distinct)).toEqual({ kept: distinct.flat(), dropped: 0 });
      }),
      { seed: 41, numRuns: 300 },
    );
  });
});

describe('splitTrailingNumbers', () => {
  it('splits numbers with thousands separators and decimals from a Chinese label or one ending in a quote or bracket', () => {
    expect(splitTrailingNumbers('行政许可 43,540')).toEqual(['行政许可', '43,540']);
    expect(splitTrailingNumbers('收费金额（万元） 0.5')).toEqual(['收费金额（万元）', '0.5']);
    expect(splitTrailingNumbers('其他(含"三安全") 2')).toEqual(['其他(含"三安全")', '2']);
  });

  it('leaves a Latin label, a label ending in a number, and a lone number as they are', () => {
    expect(splitTrailingNumbers('Total 12')).toEqual(['Total 12']);
    expect(splitTrailingNumbers('2024 12')).toEqual(['2024 12']);
    expect(splitTrailingNumbers('12')).toEqual(['12']);
    expect(splitTrailingNumbers('行政许可 12件')).toEqual(['行政许可 12件']);
  });
});
