/** Rows of cells from positioned text items (a PDF's text layer). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfSource, pdfSteps, type PdfItem } from './pdf-lines.ts';

const item = (text: string, x: number, y: number, size = 10): PdfItem => ({
  text,
  x,
  y,
  width: [...text].length * size * (/^\d+$/.test(text) ? 0.5 : 1),
  size,
});
const row = (y: number, label: string, values: readonly (string | null)[], x0 = 200, step = 40): PdfItem[] => [
  item(label, 50, y),
  ...values.flatMap((v, i) => (v === null ? [] : [item(v, x0 + i * step, y)])),
];
const cellsOf = (items: PdfItem[]) => pdfSource([items]).lines.map((l) => l.cells);

describe('pdfSource', () => {
  it('joins items of one baseline, splits cells at wide gaps and keeps prose together', () => {
    const items = [
      item('2024', 50, 700),
      item('年，本机关', 72, 700.4),
      item('一、本年新收', 50, 680),
      item('3', 200, 680.8),
      item('5', 240, 680.8),
    ];
    expect(cellsOf(items)).toEqual([['2024年，本机关'], ['一、本年新收', '3', '5']]);
  });

  it('keeps a real space between Latin words or numbers of one cell, and adds none to Chinese or to touching items', () => {
    // Widths: Latin 10 per character, digits 5; a gap over a fifth of the font size (2) is a space: ab/cd sit exactly 2 apart.
    const items = [
      item('Adobe', 50, 700),
      item('Reader', 104, 700),
      item('20', 50, 680),
      item('24', 60, 680),
      item('年度', 70, 680),
      item('0631', 50, 660),
      item('8781088', 74, 660),
      item('ab', 50, 640),
      item('cd', 72, 640),
      item('报告', 50, 620),
      item('全文', 74, 620),
    ];
    expect(cellsOf(items)).toEqual([['Adobe Reader'], ['2024年度'], ['0631 8781088'], ['abcd'], ['报告全文']]);
  });

  it('keeps a blank cell in its column, placed by a fuller row of the same table', () => {
    const items = [...row(700, '一、新收', ['26', '1', '0', '27']), ...row(680, '二、结转', ['26', null, null, '26'])];
    expect(cellsOf(items)).toEqual([
      ['一、新收', '26', '1', '0', '27'],
      ['二、结转', '26', '', '', '26'],
    ]);
  });

  it('does not place a row under the columns of another table across its header row', () => {
    const items = [
      ...row(700, '规章', ['0', '0', '0']),
      item('信息内容', 50, 680),
      item('本年处理决定数量', 200, 680),
      // One number centred under a merged cell: the middle of the three columns above.
      ...row(660, '行政许可', [null, '43540', null]),
    ];
    expect(cellsOf(items)[2]).toEqual(['行政许可', '43540']);
  });

  it('starts a new line a line height down, even beside a taller cell', () => {
    const items = [item('果', 50, 412.7, 9), ...row(408.2, '', ['0', '0']).slice(1), item('1.信访举报投诉类申请', 80, 407.4, 9)];
    expect(cellsOf(items)).toEqual([['果'], ['1.信访举报投诉类申请', '0', '0']]);
  });

  it('does work in proportion to the items (sorting aside)', () => {
    const steps = (rows: number) => {
      const page = Array.from({ length: rows }, (_, i) => row(800 - i * 20, `${i}、行`, i % 2 ? ['1', null, '1'] : ['1', '2', '3'])).flat();
      pdfSteps.count = 0;
      pdfSource([page]);
      return pdfSteps.count;
    };
    const small = steps(500);
    expect(steps(5000)).toBeLessThan(small * 12);
  });

  it('keeps one line of thousands of numbers linear too', () => {
    const steps = (count: number) => {
      const page = [
        ...row(
          700,
          '一、行',
          Array.from({ length: count }, () => '1'),
        ),
        ...row(
          680,
          '二、行',
          Array.from({ length: count }, (_, i) => (i % 2 ? '2' : null)),
        ),
      ];
      pdfSteps.count = 0;
      pdfSource([page]);
      return pdfSteps.count;
    };
    expect(steps(20_000)).toBeLessThan(steps(2_000) * 12);
  });

  it('never throws and loses no text but page furniture, whatever the items (property)', () => {
    const anyItem = fc.record({
      text: fc.oneof(fc.constantFrom('一、本年新收', '0', '12', '其他', '— 3 —', ' '), fc.string({ maxLength: 6 })),
      x: fc.double({ min: -50, max: 700, noNaN: true }),
      y: fc.double({ min: -50, max: 900, noNaN: true }),
      width: fc.double({ min: 0, max: 300, noNaN: true }),
      size: fc.double({ min: 1, max: 40, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(anyItem, { maxLength: 40 }), { maxLength: 4 }), (pages) => {
        const source = pdfSource(pages);
        const kept = source.lines
          .flatMap((l) => l.cells)
          .join('')
          .replace(/\s/g, '').length;
        const given = pages
          .flat()
          .map((i) => i.text)
          .join('')
          .replace(/\s/g, '').length;
        expect(kept).toBeLessThanOrEqual(given);
        if (source.droppedLines === 0) expect(kept).toBe(given);
      }),
      { numRuns: 200 },
    );
  });
});

describe('pdfSource, spaces and columns at the edges', () => {
  it('adds a space only between a Latin letter or digit ending one item and one starting the next', () => {
    // Each pair sits 4 points apart (over a fifth of the font size), but one side is Chinese.
    const items = [item('2024年', 50, 700), item('12月', 104, 700), item('2024', 50, 680), item('年12月', 74, 680)];
    expect(cellsOf(items)).toEqual([['2024年12月'], ['2024年12月']]);
  });

  it('leaves a row as printed when the fuller row starts its numbers under this row’s label', () => {
    // The label 一、本年新收 ends at 110; the row above has numbers from 80 on: another layout.
    const items = [...row(700, '合计', ['1', '2', '3'], 80), ...row(680, '一、本年新收', ['3', '5'], 120)];
    expect(cellsOf(items)).toEqual([
      ['合计', '1', '2', '3'],
      ['一、本年新收', '3', '5'],
    ]);
  });

  it('places numbers under a fuller row whose first column starts right where the label ends', () => {
    // 一、新收 spans 50–90; the fuller row's first number starts at 90.
    const items = [...row(700, '合计', ['1', '2', '3'], 90), ...row(680, '一、新收', ['3', '5'], 130)];
    expect(cellsOf(items)).toEqual([
      ['合计', '1', '2', '3'],
      ['一、新收', '', '3', '5'],
    ]);
  });

  it('leaves a row as printed when its number sits between two columns', () => {
    // Columns at centres 202.5, 242.5 and 402.5: the tolerance is set by the narrowest spacing (40),
    // so a number centred at 272.5 is under none of them.
    const items = [
      item('一、新收', 50, 700),
      item('1', 200, 700),
      item('2', 240, 700),
      item('3', 400, 700),
      item('二、结转', 50, 680),
      item('7', 270, 680),
    ];
    expect(cellsOf(items)).toEqual([
      ['一、新收', '1', '2', '3'],
      ['二、结转', '7'],
    ]);
  });
});
