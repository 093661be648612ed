/**
 * Reading tables from sheets by label: the app's own workbook round-trips for every seed and for
 * random drafts; a colleague's sheet with the rows and columns moved about, no merges and a stray
 * figure is read by label, with each cell it could not place or read reported by address.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE3, emptyReport, emptyTables, withInput, type Report } from '../report/index.ts';
import { anyFilledTables } from '../report/testing/arbitraries.ts';
import { SEED_FILES, seedReport } from '../report/testing/seeds.ts';
import { reportXlsxBytes } from './workbook.ts';
import { gridOfRows, readXlsxTables, WorkbookError } from './load.ts';
import { applyRead, numberText, readTables } from './read.ts';
import { sumFormula } from './address.ts';

async function roundTrip(report: Report) {
  return applyRead(emptyTables(), await readXlsxTables(await reportXlsxBytes(report)));
}

describe('the app’s own workbook', () => {
  it.each(SEED_FILES)('%s reads back to the same figures', async (file) => {
    const report = seedReport(file);
    const read = await readXlsxTables(await reportXlsxBytes(report));
    expect(read.found.map((f) => f.table)).toEqual(['t2', 't3', 't4']);
    expect(read.notes).toEqual([]);
    const applied = applyRead(emptyTables(), read);
    expect(applied.tables).toEqual(report.tables);
    expect(applied.notes).toEqual([]);
  });

  it('round-trips random drafts, blanks included, and six-decimal amounts', async () => {
    const withBlanks = fc.tuple(anyFilledTables, fc.array(fc.nat(), { maxLength: 40 }), fc.integer({ min: 0, max: 999_999 }));
    await fc.assert(
      fc.asyncProperty(withBlanks, async ([tables, blanks, micro]) => {
        const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
        let t = tables;
        // Some cells blank (any of table 三's 161 inputs).
        for (const b of blanks) {
          const rows = TABLE3.rows.filter((r) => !('sumOf' in r));
          const row = rows[b % rows.length];
          const column = TABLE3.columns[b % 6];
          if (row && column) t = withInput(t, { table: 't3', row: row.id, column: column.id } as never, null);
        }
        const amount = micro === 0 ? '0' : `12.${String(micro).padStart(6, '0')}`.replace(/0+$/, '');
        t = withInput(t, { table: 't2', row: 'fees', column: 'amount' }, amount);
        const applied = await roundTrip({ ...report, tables: t });
        expect(applied.tables).toEqual(t);
        expect(applied.notes).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps an amount too long for a spreadsheet number as text, exactly', async () => {
    const report = emptyReport({ organ: '某某市人民政府', year: 2024 });
    report.tables = withInput(report.tables, { table: 't2', row: 'fees', column: 'amount' }, '123456789012.123456');
    expect((await roundTrip(report)).tables.t2.fees.amount).toBe('123456789012.123456');
  });

  it('refuses an old .xls and a file that is not a workbook, naming which', async () => {
    await expect(readXlsxTables(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toEqual(new WorkbookError('oldXls'));
    await expect(readXlsxTables(new TextEncoder().encode('table,row'))).rejects.toEqual(new WorkbookError('notXlsx'));
    await expect(readXlsxTables(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]))).rejects.toEqual(new WorkbookError('unreadable'));
  });
});

describe('a colleague’s sheet laid out like the printed table', () => {
  // Table 三 only, unmerged, the applicant columns in another order, (half-width) parentheses and
  // spaces in the labels, a title row, a stray figure and two cells that are not counts.
  const rows = [
    ['某某街道2024年依申请公开情况'],
    ['', '', '', '申请人情况'],
    ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
    ['', '', '', '自然人', '科研机构', '商业企业', '社会公益组织', '法律服务机构', '其他', '总计'],
    ['一、本年新收政府信息公开申请数量', '', '', '１２', '1', '2', '', '', '', '15'],
    ['二、上年结转政府信息公开申请数量', '', '', '3', '', '', '', '', '', '3'],
    ['三、本年度办理结果', '(一) 予以公开', '', '10', '1', '2', '', '', '', '13'],
    ['', '（三）不予公开', '1.属于国家秘密', '12.5', '', '', '', '', '', ''],
    ['', '（七）总计', '', '10', '', '', '', '', '', '99'],
    ['四、结转下年度继续办理', '', '', '5', '-1', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', '', '', '', '77'],
  ];
  const read = readTables([gridOfRows('Sheet1', rows)]);

  it('finds table 三 only and reads each figure by its labels', () => {
    expect(read.found).toEqual([{ table: 't3', sheet: 'Sheet1' }]);
    const value = (row: string, column: string) => read.inputs.find((c) => c.ref.row === row && c.ref.column === column)?.value;
    expect(value('newReceived', 'natural')).toBe(12);
    expect(value('newReceived', 'research')).toBe(1);
    expect(value('newReceived', 'commercial')).toBe(2);
    expect(value('newReceived', 'publicInterest')).toBeNull();
    expect(value('disclosed', 'commercial')).toBe(2);
    expect(value('carriedOver', 'natural')).toBe(3);
  });

  it('reports by address what it cannot read or place, and the tables it cannot find', () => {
    const codes = read.notes.map((n) => ('address' in n ? `${n.code} ${n.address}` : `${n.code} ${n.label}`));
    expect(codes).toContain('decimal D8');
    expect(codes).toContain('negative E10');
    expect(codes).toContain('notPlaced L11');
    expect(codes).toContain('tableNotFound 二');
    expect(codes).toContain('tableNotFound 四');
    // The rows the sheet leaves out: one note, counting them and naming the first.
    const missing = read.notes.filter((n) => n.code === 'labelNotFound');
    expect(missing).toHaveLength(1);
    // 25 rows, 6 of them in the sheet; （七）总计 is computed, not missed.
    expect(missing[0]).toMatchObject({ table: 't3', count: 25 - 6 });
    expect(missing[0] && 'label' in missing[0] && missing[0].label.startsWith('（二）部分公开')).toBe(true);
  });

  it('compares the totals with what the figures add up to, and never stores them', () => {
    const applied = applyRead(emptyTables(), read);
    const differs = applied.notes.filter((n) => n.code === 'computedDiffers');
    expect(differs.map((n) => ('address' in n ? n.address : ''))).toEqual(['J9']);
    expect((applied.tables.t3 as Record<string, unknown>).resultTotal).toBeUndefined();
    expect(applied.changes.some((c) => c.ref.row === 'newReceived' && c.after === 12)).toBe(true);
  });
});

describe('a sheet without the totals', () => {
  it('does not miss them: totals are computed, not read', () => {
    const read = readTables([
      gridOfRows('表四', [
        ['行政复议', '', '', '', '行政诉讼'],
        ['', '', '', '', '未经复议直接起诉', '', '', '', '复议后起诉'],
        [
          '结果维持',
          '结果纠正',
          '其他结果',
          '尚未审结',
          '结果维持',
          '结果纠正',
          '其他结果',
          '尚未审结',
          '结果维持',
          '结果纠正',
          '其他结果',
          '尚未审结',
        ],
        ['1', '2', '0', '0', '0', '0', '0', '0', '0', '0', '0', '3'],
      ]),
    ]);
    expect(read.notes.filter((n) => ('table' in n && n.table === 't4') || n.code === 'notPlaced')).toEqual([]);
    const value = (row: string, column: string) => read.inputs.find((c) => c.ref.row === row && c.ref.column === column)?.value;
    expect(value('review', 'corrected')).toBe(2);
    expect(value('suitAfterReview', 'pending')).toBe(3);
  });
});

describe('numbers and formulas', () => {
  it('reads a stored number as the figure a person sees', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(6793.94)).toBe('6793.94');
    expect(numberText(24252.311082)).toBe('24252.311082');
    expect(numberText(1234567)).toBe('1234567');
  });
  it('sums runs of adjacent cells as ranges, in one direction at a time', () => {
    expect(sumFormula(['D8', 'D9', 'D10']).text).toBe('SUM(D8:D10)');
    expect(sumFormula(['A4', 'B4', 'C4', 'D4']).text).toBe('SUM(A4:D4)');
    expect(sumFormula(['A1', 'B1', 'B2']).text).toBe('SUM(A1:B1,B2)');
    expect(sumFormula(['D8', 'D10']).text).toBe('SUM(D8,D10)');
  });
});

describe('a .csv', () => {
  it('reads the app’s own table,row,column,value file and a CSV laid out like the printed table', async () => {
    const { tablesToCsv } = await import('../report/csv.ts');
    const { readCsvTables } = await import('./csv-read.ts');
    const report = seedReport(SEED_FILES[1] ?? '');
    const own = readCsvTables(tablesToCsv(report.tables));
    if (!own.ok) throw new Error('refused');
    expect(applyRead(emptyTables(), own.read).tables).toEqual(report.tables);
    const printed = readCsvTables(
      '\uFEFF,,自然人,总计\r\n一、本年新收政府信息公开申请数量,,4,4\r\n二、上年结转政府信息公开申请数量,,1,1\r\n',
    );
    if (!printed.ok) throw new Error('refused');
    expect(printed.read.inputs.find((c) => c.ref.row === 'newReceived' && c.ref.column === 'natural')?.value).toBe(4);
    expect(readCsvTables('table,row,column,value\r\n三,一、本年新收政府信息公开申请数量,自然人,-1\r\n')).toMatchObject({
      ok: false,
      errors: [{ line: 2, code: 'negative' }],
    });
  });
});
