/**
 * Each reader on its own, ending in the grid the mapper reads: the same small table 三 excerpt in
 * every format gives the same rows, a blank cell kept in its column as null.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../docx.ts';
import { readHtml } from '../html.ts';
import { pdfSource, type PdfItem } from '../pdf/pdf-lines.ts';
import { readText } from '../source.ts';
import { gridRow, readGrids } from './section-grids.ts';
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
});
