/**
 * extractTable on table 三 shaped like the real reports (/work/shared/corpus: tab-separated web
 * text, pdftotext lines): which cells it reads, what it leaves blank, and the findings about
 * printed totals, blank cells and stray numbers. Tables 二 and 四: tables-extract-layouts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { TABLE3 } from '../../report/index.ts';
import { gridRow } from '../grid/section-grids.ts';
import type { GridRow, SectionGrid } from '../grid/types.ts';
import { extractTable, type ExtractOptions } from './tables-extract.ts';
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

/** Table 三 of 01_pingtan_junshan_pianqu_2022 with its numbers changed where a test says. */
const TABLE3_ROWS: [string, string][] = [
  ['一、本年新收政府信息公开申请数量', '3	0	0	0	0	2	5'],
  ['二、上年结转政府信息公开申请数量', '0	0	0	0	0	0	0'],
  ['三、本年度办理结果	（一）予以公开', '0	0	0	0	0	0	0'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0	0	0	0	0	0	0'],
  ['（三）不予公开	1.属于国家秘密', '0	0	0	0	0	0	0'],
  ['2.其他法律行政法规禁止公开', '0	0	0	0	0	0	0'],
  ['3.危及“三安全一稳定”', '0	0	0	0	0	0	0'],
  ['4.保护第三方合法权益', '0	0	0	0	0	0	0'],
  ['5.属于三类内部事务信息', '0	0	0	0	0	0	0'],
  ['6.属于四类过程性信息', '0	0	0	0	0	0	0'],
  ['7.属于行政执法案卷', '0	0	0	0	0	0	0'],
  ['8.属于行政查询事项', '0	0	0	0	0	0	0'],
  ['（四）无法提供	1.本机关不掌握相关政府信息', '3	0	0	0	0	2	5'],
  ['2.没有现成信息需要另行制作', '0	0	0	0	0	0	0'],
  ['3.补正后申请内容仍不明确', '0	0	0	0	0	0	0'],
  ['（五）不予处理	1.信访举报投诉类申请', '0	0	0	0	0	0	0'],
  ['2.重复申请', '0	0	0	0	0	0	0'],
  ['3.要求提供公开出版物', '0	0	0	0	0	0	0'],
  ['4.无正当理由大量反复申请', '0	0	0	0	0	0	0'],
  ['5.要求行政机关确认或重新出具已获取信息', '0	0	0	0	0	0	0'],
  ['（六）其他处理	1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '0	0	0	0	0	0	0'],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0	0	0	0	0	0	0'],
  ['3.其他', '0	0	0	0	0	0	0'],
  ['（七）总计', '3	0	0	0	0	2	5'],
  ['四、结转下年度继续办理', '0	0	0	0	0	0	0'],
];
const table3 = (change: Record<string, string> = {}) => [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）	申请人情况',
  '自然人	法人或其他组织	总计',
  '商业企业	科研机构	社会公益组织	法律服务机构	其他',
  ...TABLE3_ROWS.map(([label, numbers]) => `${label}	${change[label] ?? numbers}`),
];

describe('extractTable: table 三 (matrix)', () => {
  it('reads every input cell of a complete table, and finds nothing to say', () => {
    const out = extract(TABLE3, table3());
    // （七）总计 is computed from the rows it adds up: 24 rows of 6 input cells.
    expect(out.expected).toBe(24 * 6);
    expect(out.values.size).toBe(out.expected);
    expect(out.values.get('t3.newReceived.natural')).toBe(3);
    expect(out.values.get('t3.newReceived.otherOrg')).toBe(2);
    expect(out.values.get('t3.unableNotHeld.otherOrg')).toBe(2);
    expect(out.values.has('t3.newReceived.total')).toBe(false);
    expect(out.values.has('t3.resultTotal.natural')).toBe(false);
    expect(out.blanks.size).toBe(0);
    expect(out.findings).toEqual([]);
    expect(out.oldLayout).toBe(false);
    expect(out.blankRows).toBeUndefined();
  });

  it('places each row’s label and numbers, and nothing of the header', () => {
    const t = tokens(...table3());
    const out = extractTable(TABLE3, t);
    // Header: 2 + 3 + 5 cells; then each row label (two cells where a group label is beside it) and 7 numbers.
    expect(out.placed[0]).toEqual([10, 18]);
    expect(out.placed[1]).toEqual([18, 26]);
    expect(t.slice(26, 28).map((x) => x.text)).toEqual(['三、本年度办理结果', '（一）予以公开']);
    expect(out.placed[2]).toEqual([27, 35]);
    expect(out.placed).toHaveLength(25);
  });

  it('names a row total that differs from the sum of its cells', () => {
    const out = extract(TABLE3, table3({ '一、本年新收政府信息公开申请数量': '3	0	0	0	0	2	6' }));
    expect(out.values.get('t3.newReceived.otherOrg')).toBe(2);
    expect(out.findings).toEqual([
      {
        code: 'printedTotalDiffers',
        severity: 'warning',
        section: 'applications',
        cells: ['t3.newReceived.total'],
        params: { table: '三', row: '一、本年新收政府信息公开申请数量', rowNumber: 1, column: '总计', printed: 6, computed: 5 },
      },
    ]);
  });

  it('names a printed （七）总计 that differs from the rows it adds up, column by column', () => {
    const out = extract(TABLE3, table3({ '（七）总计': '4	0	0	0	0	2	6' }));
    expect(out.findings).toEqual([
      {
        code: 'printedTotalDiffers',
        severity: 'warning',
        section: 'applications',
        cells: ['t3.resultTotal.natural'],
        params: { table: '三', row: '（七）总计', rowNumber: 24, column: '自然人', printed: 4, computed: 3 },
      },
      {
        code: 'printedTotalDiffers',
        severity: 'warning',
        section: 'applications',
        cells: ['t3.resultTotal.total'],
        params: { table: '三', row: '（七）总计', rowNumber: 24, column: '总计', printed: 6, computed: 5 },
      },
    ]);
  });

  it('judges no printed total printed blank, and none whose cells were not all read', () => {
    const blankTotal = extract(TABLE3, table3({ '（七）总计': '3	0	0	0	0	2	' }));
    expect(codes(blankTotal.findings)).toEqual([]);
    // 3.其他 lost: the column sums cannot be judged, the row totals still can.
    const lost = table3({ '（七）总计': '9	0	0	0	0	2	11' }).filter((line) => !line.startsWith('3.其他'));
    expect(codes(extract(TABLE3, lost).findings)).toEqual([]);
  });

  it('reads cells printed blank as blank, named by one finding for the table', () => {
    const out = extract(TABLE3, table3({ '二、上年结转政府信息公开申请数量': '	0	0	0	0		0', '2.重复申请': '0	0	0	0	0	0	' }));
    expect(out.blanks).toEqual(new Set(['t3.carriedOver.natural', 't3.carriedOver.otherOrg']));
    expect(out.values.has('t3.carriedOver.natural')).toBe(false);
    expect(out.values.get('t3.carriedOver.commercial')).toBe(0);
    expect(out.blankRows).toEqual([
      {
        label: '二、上年结转政府信息公开申请数量',
        ids: ['t3.carriedOver.natural', 't3.carriedOver.otherOrg'],
        columns: ['自然人', '其他'],
      },
    ]);
    expect(out.findings).toEqual([
      {
        code: 'blankCells',
        severity: 'warning',
        section: 'applications',
        cells: ['t3.carriedOver.natural', 't3.carriedOver.otherOrg'],
        params: { table: '三', count: 2, rows: '“二、上年结转政府信息公开申请数量”（自然人、其他）' },
      },
    ]);
  });

  it('counts a blank cell as 0 for its row’s printed total', () => {
    const out = extract(TABLE3, table3({ '二、上年结转政府信息公开申请数量': '	0	0	0	0		1' }));
    expect(codes(out.findings)).toEqual(['blankCells', 'printedTotalDiffers']);
    expect(out.findings[1]?.params).toMatchObject({ row: '二、上年结转政府信息公开申请数量', printed: 1, computed: 0 });
    const agrees = extract(TABLE3, table3({ '二、上年结转政府信息公开申请数量': '	0	0	0	0		0' }));
    expect(codes(agrees.findings)).toEqual(['blankCells']);
  });

  it('reads the numbers of a row whose label spans two cells, the second printed blank', () => {
    // HTML: <td colspan="2"> for the label, a blank cell beside it in some conversions.
    const out = extract(TABLE3, table3({ '一、本年新收政府信息公开申请数量': '	3	0	0	0	0	2	5' }));
    expect(out.values.get('t3.newReceived.natural')).toBe(3);
    expect(out.values.get('t3.newReceived.otherOrg')).toBe(2);
    expect(out.blanks.size).toBe(0);
    expect(codes(out.findings)).toEqual([]);
  });

  it('names blank cells of several rows in one finding, row by row', () => {
    const out = extract(TABLE3, table3({ '2.重复申请': '0		0	0	0	0	0', '3.其他': '0	0	0	0		0	0' }));
    expect(out.findings).toEqual([
      {
        code: 'blankCells',
        severity: 'warning',
        section: 'applications',
        cells: ['t3.notHandledRepeat.commercial', 't3.otherOther.legalService'],
        params: { table: '三', count: 2, rows: '“2.重复申请”（商业企业）；“3.其他”（法律服务机构）' },
      },
    ]);
  });

  it('reads a row’s numbers run together, and says it split them by the totals', () => {
    const out = extract(TABLE3, table3({ '一、本年新收政府信息公开申请数量': '3	0	0	0	0	2 5' }));
    expect(out.values.get('t3.newReceived.otherOrg')).toBe(2);
    expect(out.findings).toEqual([
      {
        code: 'cellsSplit',
        severity: 'info',
        section: 'applications',
        cells: [],
        params: { table: '三', row: '一、本年新收政府信息公开申请数量' },
      },
    ]);
  });

  it('joins digits split by a stray space when the row’s printed total proves it', () => {
    const out = extract(TABLE3, table3({ '一、本年新收政府信息公开申请数量': '1 5	0	0	0	0	0	15' }));
    expect(out.values.get('t3.newReceived.natural')).toBe(15);
    expect(codes(out.findings)).toEqual(['cellsSplit']);
  });

  it('judges no row total printed blank', () => {
    // A total is no input cell: printed blank, it is neither a blank cell nor a total to compare.
    const out = extract(TABLE3, table3({ '一、本年新收政府信息公开申请数量': '3	0	0	0	0	2	' }));
    expect(out.values.get('t3.newReceived.otherOrg')).toBe(2);
    expect(out.findings).toEqual([]);
  });

  it('reads the window of numbers whose total checks, and counts the stray ones', () => {
    // A page number printed before the row's numbers.
    const out = extract(TABLE3, table3({ '一、本年新收政府信息公开申请数量': '12	3	0	0	0	0	2	5' }));
    expect(out.values.get('t3.newReceived.natural')).toBe(3);
    expect(out.findings).toEqual([
      {
        code: 'strayCells',
        severity: 'info',
        section: 'applications',
        cells: [],
        params: { table: '三', row: '一、本年新收政府信息公开申请数量', count: 1 },
      },
    ]);
  });

  it('reads a row’s numbers printed on the line above its wrapped label (pdftotext)', () => {
    const lines = [
      '2.申请人逾期未按收费通知要求	0	0	0	0	0	0	0',
      '缴纳费用、行政机关不再处理其政府信息公开申请',
      '1	0	0	0	0	0	1',
      '（六）其他处理 3.其他',
      '（七）总计	1	0	0	0	0	0	1',
    ];
    const t = tokens(...lines);
    const out = extractTable(TABLE3, t);
    expect(out.values.get('t3.otherOther.natural')).toBe(1);
    expect(out.values.get('t3.otherOther.commercial')).toBe(0);
    expect(out.placed).toEqual([
      [0, 8],
      [9, 17],
      [17, 25],
    ]);
  });

  it('steps over the rest of a wrapped row label to its numbers (pdftotext)', () => {
    const out = extract(TABLE3, ['（六）其他处理 1.申请人无正当理由逾期', '不补正、行政机关不再处理', '其政府信息公开申请	1	0	0	0	0	0	1']);
    expect(out.values.get('t3.otherNoCorrection.natural')).toBe(1);
    expect(out.values.get('t3.otherNoCorrection.otherOrg')).toBe(0);
  });

  it('with emptyRowsBlank, reads a row label with no numbers as a row printed blank', () => {
    const lines = ['2.重复申请', '3.要求提供公开出版物	0	0	0	0	0	0	0'];
    const blank = extract(TABLE3, lines, { emptyRowsBlank: true });
    expect([...blank.blanks]).toEqual([
      't3.notHandledRepeat.natural',
      't3.notHandledRepeat.commercial',
      't3.notHandledRepeat.research',
      't3.notHandledRepeat.publicInterest',
      't3.notHandledRepeat.legalService',
      't3.notHandledRepeat.otherOrg',
    ]);
    expect(blank.values.get('t3.notHandledPublication.natural')).toBe(0);
    const lost = extract(TABLE3, lines);
    expect(lost.blanks.size).toBe(0);
    expect(codes(lost.findings)).toEqual([]);
    expect(lost.placed[0]).toEqual([0, 1]);
  });

  it('reads the 2019 single （六）其他处理 row into 3.其他, the rows it lacks blank, and goes on after it', () => {
    const lines = table3({ '（七）总计': '4	0	0	0	0	2	6' }).flatMap((line) => {
      if (line.startsWith('（六）其他处理')) return ['（六）其他处理	1	0	0	0	0	0	1'];
      return line.startsWith('2.申请人') || line.startsWith('3.其他\t') ? [] : [line];
    });
    const t = tokens(...lines);
    const out = extractTable(TABLE3, t);
    expect(out.oldLayout).toBe(true);
    expect(out.values.get('t3.otherOther.natural')).toBe(1);
    expect(out.values.has('t3.otherNoCorrection.natural')).toBe(false);
    expect(out.blanks.size).toBe(12);
    expect(out.blanks.has('t3.otherUnpaidFee.otherOrg')).toBe(true);
    expect(out.blanks.has('t3.otherUnpaidFee.total')).toBe(false);
    expect(codes(out.findings)).toEqual(['oldOtherHandling', 'oldLayoutNotPrinted']);
    const at = t.findIndex((x) => x.text === '（六）其他处理');
    expect(out.placed).toContainEqual([at, at + 8]);
    expect(out.values.get('t3.carriedForward.natural')).toBe(0);
    expect(out.values.size).toBe(144 - 12);
  });

  it('looks for each row after the row before it', () => {
    // 3.其他 of （六）其他处理, not the 3. rows of the groups above it, reads the last numbers.
    const out = extract(TABLE3, table3({ '3.其他': '7	0	0	0	0	0	7', '（七）总计': '10	0	0	0	0	2	12' }));
    expect(out.values.get('t3.otherOther.natural')).toBe(7);
    expect(out.values.get('t3.unableUnclear.natural')).toBe(0);
    expect(out.values.get('t3.notHandledPublication.natural')).toBe(0);
    expect(codes(out.findings)).toEqual([]);
  });
});
