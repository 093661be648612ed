/**
 * The workbook in real office software: Microsoft's Open XML validator accepts it for Office 2016
 * and Microsoft 365; LibreOffice Calc opens it and shows every number of the draft — totals
 * included — and every official label in its printed place; and when a superior changes a figure,
 * Calc recomputes the totals (the cached results dropped, so nothing but the formula can give them).
 * Page images of the seed go to artifacts/xlsx/ for a human to look at.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyReport, withInput, type Report } from '../report/index.ts';
import { bigReport } from '../report/testing/big.ts';
import { SEED_FILES, seedReport } from '../report/testing/seeds.ts';
import { OFFICE_VERSIONS, validateDocx } from '../export-docx/testing/ooxml-validator.ts';
import { createProfile, pdfPageCount, pdfText, renderPages, type OfficeProfile } from '../export-docx/testing/libreoffice.ts';
import { reportXlsxBytes } from './workbook.ts';
import { readXlsxTables } from './load.ts';
import { applyRead } from './read.ts';
import { loadExcel } from './load-excel.ts';
import { planSheet, sheetName } from './plan.ts';
import { calcPdf, calcSheets } from './testing/calc.ts';
import { compareWithCalc } from './testing/compare.ts';

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/xlsx/', import.meta.url));
let profile: OfficeProfile;
let work: string;

beforeAll(async () => {
  profile = await createProfile();
  work = await mkdtemp(join(tmpdir(), 'nianbao-xlsx-'));
  await mkdir(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await profile?.dispose();
  if (work) await rm(work, { recursive: true, force: true });
});

async function exported(name: string, report: Report): Promise<string> {
  const file = join(work, `${name}.xlsx`);
  await writeFile(file, await reportXlsxBytes(report));
  return file;
}

const CASES: [string, () => Report][] = [
  ...SEED_FILES.map((f): [string, () => Report] => [f.replace('.draft.json', ''), () => seedReport(f)]),
  ['city figures, six-decimal amount', () => bigReport(1234567, '24252.311082')],
  ['blank tables', () => emptyReport({ organ: '某某镇人民政府', year: 2024 })],
];

describe('the exported workbook in office software', () => {
  it.each(CASES)('%s: valid OOXML; Calc shows every number and label; it reads back the same', async (name, make) => {
    const report = make();
    const file = await exported(name.replace(/\W+/g, '-'), report);
    for (const version of OFFICE_VERSIONS) expect(await validateDocx(file, version), version).toEqual({ ok: true, errors: [] });
    const out = join(work, name.replace(/\W+/g, '-'));
    await mkdir(out);
    const comparison = compareWithCalc(report, await calcSheets(file, out, profile));
    expect(comparison.mismatches).toEqual([]);
    // 10 + 175 + 15 value cells (inputs and totals) of tables 二, 三 and 四.
    expect(comparison.numbers).toBe(10 + 175 + 15);
    expect(comparison.labels).toBeGreaterThan(60);
    const applied = applyRead(report.tables, await readXlsxTables(new Uint8Array(await readFile(file))));
    expect(applied.changes).toEqual([]);
    expect(applied.notes).toEqual([]);
    expect(applied.tables).toEqual(report.tables);
  });

  it('recomputes the totals in Calc after a superior changes a figure', async () => {
    const report = seedReport('002-huancui-2024.draft.json');
    const Excel = await loadExcel();
    const workbook = new Excel.Workbook();
    await workbook.xlsx.load((await reportXlsxBytes(report)).buffer as never);
    const sheet = workbook.getWorksheet(sheetName('t3'));
    const plan = planSheet(report, 't3');
    const at = (row: string, column: string) => {
      const cell = plan.cells.find((c) => c.kind === 'value' && c.ref.row === row && c.ref.column === column);
      if (!cell || !sheet) throw new Error(`no cell ${row}.${column}`);
      return sheet.getCell(cell.row, cell.col);
    };
    at('disclosed', 'natural').value = 158; // was 58
    // Every cached total dropped: only recomputation can fill them in.
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v && v.formula) cell.value = { formula: v.formula, date1904: false };
      }),
    );
    const file = join(work, 'changed.xlsx');
    await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await mkdir(join(work, 'changed'));
    const rows = (await calcSheets(file, join(work, 'changed'), profile)).get(sheetName('t3')) ?? [];
    const shown = (row: string, column: string) => {
      const cell = plan.cells.find((c) => c.kind === 'value' && c.ref.row === row && c.ref.column === column);
      return rows[(cell?.row ?? 0) - 1]?.[(cell?.col ?? 0) - 1];
    };
    const changed = withInput(report.tables, { table: 't3', row: 'disclosed', column: 'natural' }, 158);
    expect(changed.t3.disclosed.natural).toBe(158);
    // 58 + 100 in the row's 总计, in （七）总计 and in the grand total: 59→159, 150→250, 154→254.
    expect(shown('disclosed', 'total')).toBe('159');
    expect(shown('resultTotal', 'natural')).toBe('250');
    expect(shown('resultTotal', 'total')).toBe('254');
    expect(shown('newReceived', 'total')).toBe('156');
  });

  it('prints the three tables with their labels (page images in artifacts/xlsx/)', async () => {
    const file = await exported('huancui', seedReport('002-huancui-2024.draft.json'));
    const pdf = await calcPdf(file, work, profile);
    expect(await pdfPageCount(pdf)).toBe(3);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    for (const label of [
      '第二十条第（一）项',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '未经复议直接起诉',
      '6793.94',
    ])
      expect(text).toContain(label);
    await renderPages(pdf, join(ARTIFACTS, 'huancui'));
  });
});
