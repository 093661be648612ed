/**
 * Each reader on its own, ending in the grid the mapper reads: the same small table 三 excerpt in
 * every format gives the same rows, a blank cell kept in its column as null.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../docx.ts';
import { readHtml } from '../html.ts';
import { pdfSource, type PdfItem } from '../pdf/pdf-lines.ts';
import { readText } from '../source.ts';
import { gridOf, gridRow, gridSteps, readGrids } from './section-grids.ts';
import type { SectionGrid } from './types.ts';

const HEADING = '三、收到和处理政府信息公开申请情况';
const NEXT = '四、政府信息公开行政复议、行政诉讼情况';
/** The excerpt every reader is given: a row with two blank cells, then a row without blanks. */
const ROWS = [
  ['一、本年新收政府信息公开申请数量', '26', '', '', '26'],
  ['（一）予以公开', '22', '1', '0', '23'],
];
const EXPECTED = [
  {
    cells: ['一、本年新收政府信息公开申请数量', '26', null, null, '26'],
    labels: ['一、本年新收政府信息公开申请数量'],
    values: ['26', null, null, '26'],
  },
  { cells: ['（一）予以公开', '22', '1', '0', '23'], labels: ['（一）予以公开'], values: ['22', '1', '0', '23'] },
];

const rowsOf = (grid: SectionGrid | null) => grid?.rows.map(({ cells, labels, values }) => ({ cells, labels, values }));
const applications = (lines: Parameters<typeof readGrids>[0]) => readGrids(lines).grid('applications');

describe('readers → grid', () => {
  it('tab-separated web text', () => {
    const text = [HEADING, ...ROWS.map((r) => r.join('\t')), NEXT].join('\n');
    expect(rowsOf(applications(readText(text, 'text').lines))).toEqual(EXPECTED);
  });

  it('Markdown pipe table (separator row dropped)', () => {
    const pipe = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    const text = [
      HEADING,
      pipe(['项目', '自然人', '商业企业', '科研机构', '总计']),
      '| --- | --- | --- | --- | --- |',
      ...ROWS.map(pipe),
      NEXT,
    ].join('\n');
    expect(rowsOf(applications(readText(text, 'markdown').lines))?.slice(1)).toEqual(EXPECTED);
  });

  it('pdftotext -layout: a label one space from its numbers is split from them', () => {
    const text = [HEADING, '（一）予以公开 22 1 0 23', NEXT].join('\n');
    expect(rowsOf(applications(readText(text, 'pdfLayout').lines))).toEqual([EXPECTED[1]]);
  });

  it('HTML: a blank <td colspan=2> is two blank cells', () => {
    const html = `<p>${HEADING}</p><table><tr><td>${ROWS[0]?.[0]}</td><td>26</td><td colspan="2"><br/></td><td>26</td></tr>
      <tr>${ROWS[1]?.map((c) => `<td>${c}</td>`).join('')}</tr></table><p>${NEXT}</p>`;
    expect(rowsOf(applications(readHtml(html).lines))).toEqual(EXPECTED);
  });

  it('.docx: a table row with empty cells, and a vertically merged label continued below it', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const tc = (t: string) => `<w:tc>${p(t)}</w:tc>`;
    const merged = `<w:tc><w:tcPr><w:vMerge/></w:tcPr>${p('')}</w:tc>`;
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${p(HEADING)}<w:tbl>
      <w:tr>${ROWS[0]?.map(tc).join('')}</w:tr><w:tr>${merged}${ROWS[1]?.map(tc).join('')}</w:tr></w:tbl>${p(NEXT)}</w:body></w:document>`;
    const zip = new JSZip();
    zip.file('word/document.xml', xml);
    const source = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    // The merged cell before the row's label is no column of it.
    expect(rowsOf(applications(source.lines))).toEqual(EXPECTED);
  });

  it('PDF text layer: a row printed with blanks is placed under a fuller row’s columns', () => {
    const item = (text: string, x: number, y: number): PdfItem => ({
      text,
      x,
      y,
      width: [...text].length * (/^\d+$/.test(text) ? 5 : 10),
      size: 10,
    });
    const row = (y: number, cells: readonly string[]) => [
      item(cells[0] ?? '', 50, y),
      ...cells.slice(1).flatMap((c, i) => (c ? [item(c, 400 + i * 40, y)] : [])),
    ];
    const source = pdfSource([[item(HEADING, 50, 720), ...row(700, ROWS[0] ?? []), ...row(680, ROWS[1] ?? []), item(NEXT, 50, 660)]]);
    expect(rowsOf(applications(source.lines))).toEqual(EXPECTED);
  });
});

describe('gridRow', () => {
  it('drops blanks before the first printed cell, keeps those inside and at the end', () => {
    expect(gridRow(3, ['', ' 2.其他 ', '1', '', '0', ''])).toEqual({
      line: 3,
      cells: ['2.其他', '1', null, '0', null],
      labels: ['2.其他'],
      values: ['1', null, '0', null],
    });
    expect(gridRow(0, ['', '  '])).toBeNull();
  });

  it('reads a 万元 amount, a “/” and a count with its unit as values', () => {
    expect(gridRow(0, ['行政事业性收费', '6793.94', '/', '3件'])?.values).toEqual(['6793.94', '/', '3件']);
  });

  it('keeps a section without rows as an empty grid, and no grid for a section not found', () => {
    const grids = readGrids(readText([HEADING, NEXT].join('\n'), 'text').lines);
    expect(grids.grid('applications')).toEqual({ section: 'applications', rows: [] });
    expect(grids.grid('problems')).toBeNull();
  });

  it('keeps the reader’s own array for a line of plain cells, and shares one empty list', () => {
    // Most lines of a long section are one cell: the grid is then one object a line, not four.
    const prose = ['本年度未收到政府信息公开申请。'];
    const row = gridRow(0, prose);
    expect(row?.cells).toBe(prose);
    expect(row?.labels).toBe(prose);
    expect(row?.values).toEqual([]);
    expect(gridRow(1, ['其他说明'])?.values).toBe(row?.values);
    const numbers = ['0', '0', '11'];
    expect(gridRow(2, numbers)?.values).toBe(numbers);
    expect(gridRow(2, numbers)?.labels).toBe(row?.values);
    // A label and its numbers: the cells are the reader's, the labels and values are new lists.
    const printed = ['行政规范性文件', '0', '0', '11'];
    const mixed = gridRow(3, printed);
    expect(mixed?.cells).toBe(printed);
    expect(mixed?.labels).toEqual(['行政规范性文件']);
    expect(mixed?.values).toEqual(['0', '0', '11']);
  });

  it('copies the cells of a line that had blanks or untrimmed text', () => {
    const tabbed = ['规章', '0', '', '3'];
    expect(gridRow(0, tabbed)?.cells).toEqual(['规章', '0', null, '3']);
    const padded = ['规章 ', '0'];
    const row = gridRow(0, padded);
    expect(row?.cells).not.toBe(padded);
    expect(row?.cells).toEqual(['规章', '0']);
    expect(row?.labels).toEqual(['规章']);
    const blankLast = ['1', ''];
    expect(gridRow(0, blankLast)?.values).toEqual(['1', null]);
  });

  it('sorts a cell as a label or a number the way the mapper reads them', () => {
    expect(gridRow(0, ['（单位：万元）', '１２', '3 119', '1.5', '—', 'x'])).toEqual({
      line: 0,
      cells: ['（单位：万元）', '１２', '3 119', '1.5', '—', 'x'],
      labels: ['（单位：万元）', 'x'],
      values: ['１２', '3 119', '1.5', '—'],
    });
  });

  it('visits each cell once', () => {
    const before = gridSteps.count;
    gridRow(0, ['', '（一）予以公开', '0', '', '0']);
    expect(gridSteps.count - before).toBe(5);
  });
});

describe('gridOf and readGrids', () => {
  const line = (...cells: string[]) => ({ text: cells.join('\t'), cells });
  const lines = [
    line('二、主动公开政府信息情况'),
    line('规章', '0', '0', '3'),
    line(),
    line('行政许可', '12'),
    line('三、收到和处理政府信息公开申请情况'),
  ];

  it('makes rows of the lines [start, end) with a cell, each with its own line number', () => {
    expect(gridOf('proactive', lines, 1, 4)).toEqual({
      section: 'proactive',
      rows: [
        { line: 1, cells: ['规章', '0', '0', '3'], labels: ['规章'], values: ['0', '0', '3'] },
        { line: 3, cells: ['行政许可', '12'], labels: ['行政许可'], values: ['12'] },
      ],
    });
    expect(gridOf('proactive', lines, 2, 3).rows).toEqual([]);
    expect(gridOf('proactive', lines, 3, 9).rows.map((r) => r.line)).toEqual([3, 4]);
  });

  it('builds a section’s grid once, from the lines between its heading and the next', () => {
    const grids = readGrids(lines);
    expect(grids.ranges.get('proactive')).toEqual({ start: 1, end: 4 });
    const first = grids.grid('proactive');
    expect(first?.rows.map((r) => r.line)).toEqual([1, 3]);
    expect(grids.grid('proactive')).toBe(first);
  });
});

describe('a line of one cell', () => {
  // Digits, grouping, units, Chinese labels, spaces (also U+3000) and the slash of an empty cell.
  const cell = fc.string({ unit: fc.constantFrom(...'0123456789,，.万元件 \u3000/—自然人（一）予以公开'), maxLength: 12 });

  it('gives the row the general reading gives (a blank before the cell takes the general path)', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(gridRow(3, [text])).toEqual(gridRow(3, ['', text]));
      }),
    );
  });

  it('is the reader’s own array for its cells, and for its labels or values', () => {
    const label = ['（一）予以公开'];
    expect(gridRow(0, label)).toMatchObject({ cells: label, labels: label, values: [] });
    expect(gridRow(0, label)?.cells).toBe(label);
    const figure = ['1,234'];
    expect(gridRow(0, figure)?.values).toBe(figure);
    expect(gridRow(0, figure)?.labels).toEqual([]);
  });
});
