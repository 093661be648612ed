/**
 * `export --format xlsx` and `fill … TABLES.xlsx`: a seed's tables go out as a workbook and come
 * back into an empty draft unchanged; a workbook with an unreadable cell is refused, nothing
 * written; a colleague's sheet fills what it holds and says what it did not place.
 */
import { describe, expect, it } from 'vitest';
import { emptyReport, parseDraft, serializeDraft } from '../report/index.ts';
import { seedText } from '../report/testing/seeds.ts';
import { loadExcel } from '../export-xlsx/load-excel.ts';
import { main } from './main.ts';
import { memoryIo } from './testing.ts';

const seed = seedText('002-huancui-2024.draft.json');
const empty = serializeDraft(emptyReport({ organ: '某某镇人民政府', year: 2024 }));

function tablesOf(text: unknown) {
  const parsed = parseDraft(String(text));
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.draft.report.tables;
}

async function colleagueSheet(rows: (string | number)[][]): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet('汇总');
  rows.forEach((row) => sheet.addRow(row));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('nianbao export --format xlsx / fill TABLES.xlsx', () => {
  it('exports a seed’s tables and fills an empty draft back to the same figures', async () => {
    const io = memoryIo({ 'seed.json': seed, 'empty.json': empty });
    expect(await main(['export', 'seed.json', '--format', 'xlsx', '-o', 'tables.xlsx'], io)).toBe(0);
    const bytes = io.files.get('tables.xlsx');
    expect(bytes instanceof Uint8Array && String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(await main(['fill', 'empty.json', 'tables.xlsx', '-o', 'filled.json'], io)).toBe(0);
    expect(tablesOf(io.files.get('filled.json'))).toEqual(tablesOf(seed));
    expect(io.stderr.join('\n')).toContain('已从tables.xlsx填入 166 个单元格');
  });

  it('refuses an unknown --format', async () => {
    const io = memoryIo({ 'seed.json': seed });
    expect(await main(['export', 'seed.json', '--format', 'odt', '-o', 'x.odt'], io)).toBe(2);
    expect(io.files.has('x.odt')).toBe(false);
  });

  it('refuses a workbook with an unreadable cell, naming it, and writes nothing', async () => {
    const sheet = await colleagueSheet([
      ['', '自然人', '总计'],
      ['一、本年新收政府信息公开申请数量', -3, ''],
      ['二、上年结转政府信息公开申请数量', 2, ''],
    ]);
    const io = memoryIo({ 'empty.json': empty, 'c.xlsx': sheet });
    expect(await main(['fill', 'empty.json', 'c.xlsx', '-o', 'out.json'], io)).toBe(2);
    expect(io.files.has('out.json')).toBe(false);
    expect(io.stderr.join('\n')).toContain('（汇总!B2）');
    expect(io.stderr.join('\n')).toContain('件数不能为负');
  });

  it('fills what a colleague’s sheet holds and reports what it did not place', async () => {
    const sheet = await colleagueSheet([
      ['', '自然人', '总计'],
      ['一、本年新收政府信息公开申请数量', 7, 9],
      ['二、上年结转政府信息公开申请数量', 2, 2, 55],
    ]);
    const io = memoryIo({ 'empty.json': empty, 'c.xlsx': sheet });
    expect(await main(['fill', 'empty.json', 'c.xlsx', '-o', 'out.json'], io)).toBe(0);
    const tables = tablesOf(io.files.get('out.json'));
    expect(tables.t3.newReceived.natural).toBe(7);
    expect(tables.t3.carriedOver.natural).toBe(2);
    const err = io.stderr.join('\n');
    expect(err).toContain('“55”不在任何正式标签对应的位置');
    expect(err).toContain('按分项计算为7');
    expect(err).toContain('没有找到表二');
  });

  it('says what to do with an old .xls', async () => {
    const io = memoryIo({ 'empty.json': empty, 'old.xlsx': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    expect(await main(['fill', 'empty.json', 'old.xlsx', '-o', 'out.json'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('另存为');
  });
});
