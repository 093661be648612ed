/**
 * extractTable on tables 二 (blocks) and 四 (flattened) as the real reports print them
 * (/work/shared/corpus): table 三, the matrix, is in tables-extract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { TABLE2, TABLE4 } from '../../report/index.ts';
import { gridRow } from '../grid/section-grids.ts';
import type { GridRow, SectionGrid } from '../grid/types.ts';
import { FLATTENED_MAX_CELLS, extractTable, type ExtractOptions } from './tables-extract.ts';
import { tokensOf } from './table-reading.ts';
import type { TableDef } from '../../report/index.ts';

/** Each string a printed line, its cells separated by tabs (an empty cell printed blank). */
const tokens = (...text: string[]) => {
  const grid: SectionGrid = {
    section: 'applications',
    rows: text.map((line, i) => gridRow(i, line.split('\t'))).filter((r): r is GridRow => r !== null),
  };
  return tokensOf(grid);
};
const extract = (table: TableDef, text: string[], options?: ExtractOptions) => extractTable(table, tokens(...text), options);
const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe('extractTable: table 二 (blocks)', () => {
  const table2 = (fees: string) => [
    '第二十条第（一）项',
    '信息内容	本年制发件数	本年废止件数	现行有效件数',
    '规章	0	0	0',
    '行政规范性文件	0	0	11',
    '第二十条第（五）项',
    '信息内容	本年处理决定数量',
    '行政许可	7',
    '第二十条第（六）项',
    '信息内容	本年处理决定数量',
    '行政处罚	0',
    '行政强制	2',
    '第二十条第（八）项',
    '信息内容	本年收费金额（单位：万元）',
    fees,
  ];

  it('reads each block’s rows, and the fees as an amount', () => {
    const out = extract(TABLE2, table2('行政事业性收费	6793.94'));
    expect(out.values).toEqual(
      new Map<string, number | string>([
        ['t2.rules.issued', 0],
        ['t2.rules.repealed', 0],
        ['t2.rules.inForce', 0],
        ['t2.normativeDocs.issued', 0],
        ['t2.normativeDocs.repealed', 0],
        ['t2.normativeDocs.inForce', 11],
        ['t2.licensing.decisions', 7],
        ['t2.penalty.decisions', 0],
        ['t2.enforcement.decisions', 2],
        ['t2.fees.amount', '6793.94'],
      ]),
    );
    expect(out.findings).toEqual([]);
  });

  it('reads “/” for the fees as 0, and a fee printed blank as a blank cell', () => {
    expect(extract(TABLE2, table2('行政事业性收费	/')).values.get('t2.fees.amount')).toBe('0');
    const blank = extract(TABLE2, table2('行政事业性收费	'));
    expect(blank.values.has('t2.fees.amount')).toBe(false);
    expect([...blank.blanks]).toEqual(['t2.fees.amount']);
    expect(codes(blank.findings)).toEqual(['blankCells']);
    expect(blank.findings[0]?.section).toBe('proactive');
  });

  it('does not read the next block’s number for a row printed without its own', () => {
    // The next block's caption and header are no fragments of 行政许可: 0 is 行政处罚's.
    const out = extract(TABLE2, ['行政许可', '第二十条第（六）项', '信息内容	本年处理决定数量', '行政处罚	0', '行政强制	2']);
    expect(out.values.has('t2.licensing.decisions')).toBe(false);
    expect(out.values.get('t2.penalty.decisions')).toBe(0);
    expect(out.values.get('t2.enforcement.decisions')).toBe(2);
  });

  it('reads no numbers printed before a row label: only table 三’s wrapped labels do that', () => {
    const out = extract(TABLE2, ['信息内容	本年制发件数	本年废止件数	现行有效件数', '0	0	11', '行政规范性文件']);
    expect(out.values.size).toBe(0);
    expect(out.placed).toEqual([[7, 8]]);
  });

  it('with emptyRowsBlank, reads fees printed with no amount as blank', () => {
    const out = extract(TABLE2, table2('行政事业性收费'), { emptyRowsBlank: true });
    expect([...out.blanks]).toEqual(['t2.fees.amount']);
    expect(out.values.get('t2.enforcement.decisions')).toBe(2);
  });

  it('leaves an unreadable amount unread, not blank', () => {
    const out = extract(TABLE2, table2('行政事业性收费	12..5'));
    expect(out.values.has('t2.fees.amount')).toBe(false);
    expect(out.blanks.size).toBe(0);
    expect(out.findings).toEqual([]);
  });

  it('joins no digits split by a space in a row without a total to prove it', () => {
    // Read as the pieces printed; the number too many is named, not joined into 15.
    const out = extract(TABLE2, ['规章	1 5	0	3']);
    expect([out.values.get('t2.rules.issued'), out.values.get('t2.rules.repealed'), out.values.get('t2.rules.inForce')]).toEqual([1, 5, 0]);
    expect(out.findings).toEqual([
      { code: 'strayCells', severity: 'info', section: 'proactive', cells: [], params: { table: '二', row: '规章', count: 1 } },
    ]);
  });

  it('leaves the fees unread when nothing is printed after them', () => {
    const out = extract(TABLE2, table2('行政事业性收费'));
    expect(out.values.has('t2.fees.amount')).toBe(false);
    expect(out.blanks.size).toBe(0);
    expect(out.findings).toEqual([]);
  });

  it('takes the first amount printed for the fees', () => {
    expect(extract(TABLE2, table2('行政事业性收费		12.5')).values.get('t2.fees.amount')).toBe('12.5');
    expect(extract(TABLE2, table2('行政事业性收费	12.5	3')).values.get('t2.fees.amount')).toBe('12.5');
  });
});

describe('extractTable: table 四 (flattened)', () => {
  const header = [
    '行政复议	行政诉讼',
    '结果维持	结果纠正	其他结果	尚未审结	总计	未经复议直接起诉	复议后起诉',
    '结果维持	结果纠正	其他结果	尚未审结	总计	结果维持	结果纠正	其他结果	尚未审结	总计	结果维持	结果纠正	其他结果	尚未审结	总计',
  ];

  it('reads the one row of 15 numbers as three rows of five, totals as printed totals', () => {
    const out = extract(TABLE4, [...header, '1	0	0	1	2	0	1	0	0	1	0	0	0	0	0']);
    expect(out.values.get('t4.review.upheld')).toBe(1);
    expect(out.values.get('t4.review.pending')).toBe(1);
    expect(out.values.get('t4.suitDirect.corrected')).toBe(1);
    expect(out.values.has('t4.review.total')).toBe(false);
    expect(out.values.size).toBe(12);
    expect(out.findings).toEqual([]);
    expect(out.placed).toHaveLength(15);
    expect(out.placed[0]).toEqual([header.join('\t').split('\t').length, header.join('\t').split('\t').length + 1]);
  });

  it('names a printed total that differs from its row, and the stray numbers after the table', () => {
    const out = extract(TABLE4, [...header, '1	0	0	1	3	0	0	0	0	0	0	0	0	0	0', '- 5 -', '5']);
    expect(out.values.get('t4.review.upheld')).toBe(1);
    expect(out.findings).toEqual([
      {
        code: 'strayCells',
        severity: 'info',
        section: 'litigation',
        cells: [],
        params: { table: '四', row: '', count: 1 },
      },
      {
        code: 'printedTotalDiffers',
        severity: 'warning',
        section: 'litigation',
        cells: ['t4.review.total'],
        params: { table: '四', row: '行政复议', rowNumber: 1, column: '总计', printed: 3, computed: 2 },
      },
    ]);
  });

  it('splits numbers run together the way every row’s total checks', () => {
    // pdftotext ran 11 and 12 together: 1112 could be 1 | 112, 11 | 12 or 111 | 2.
    const out = extract(TABLE4, [...header, '1	0	0	1112	0	0	0	0	0	0	0	0	0	0']);
    expect(out.values.get('t4.review.pending')).toBe(11);
    expect(out.values.get('t4.suitDirect.upheld')).toBe(0);
    expect(out.findings).toEqual([]);
  });

  it('checks each row’s total on its own block of five', () => {
    // The ambiguous 1112 in 未经复议直接起诉's block: only its own total (12) decides.
    const out = extract(TABLE4, [...header, '0	0	0	0	0	1	0	0	1112	0	0	0	0	0']);
    expect(out.values.get('t4.suitDirect.pending')).toBe(11);
    expect(out.values.get('t4.review.upheld')).toBe(0);
  });

  it('joins digits split by a stray space when a row’s total proves it', () => {
    const out = extract(TABLE4, [...header, '1	0	0	1 1	12	0	0	0	0	0	0	0	0	0	0']);
    expect(out.values.get('t4.review.pending')).toBe(11);
    expect(out.findings).toEqual([]);
  });

  it('reads nothing from too few numbers', () => {
    const out = extract(TABLE4, [...header, '1	0	0	1	2']);
    expect(out.values.size).toBe(0);
    expect(out.findings).toEqual([]);
  });

  it(`reads at most ${FLATTENED_MAX_CELLS} numbers of a section`, () => {
    const out = extract(TABLE4, [...header, ...Array.from({ length: FLATTENED_MAX_CELLS + 5 }, () => '0')]);
    expect(out.placed).toHaveLength(FLATTENED_MAX_CELLS);
    expect(out.values.size).toBe(12);
  });
});
