/**
 * The tables as a spreadsheet (issue 15): figures typed into a new draft are exported as .xlsx from
 * 检查与导出 (exceljs fetched only then), LibreOffice Calc opens the file and shows the totals, and
 * 从表格导入 fills a fresh draft with the same figures after a preview and a confirmation; the
 * one-file build exports from file:// too.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { TABLE2, TABLE3, TABLE4, type CellRef, type TableDef } from '../src/report/index.ts';
import { cellLabel } from '../src/features/tables/cell-label.ts';
import { createProfile } from '../src/export-docx/testing/libreoffice.ts';
import { calcSheets } from '../src/export-xlsx/testing/calc.ts';
import { planSheet, sheetName } from '../src/export-xlsx/plan.ts';
import { readXlsxTables } from '../src/export-xlsx/load.ts';
import { autosavedReport, stepButton } from './helpers.ts';

const TYPED: [TableDef, CellRef, string][] = [
  [TABLE2, { table: 't2', row: 'rules', column: 'issued' }, '3'],
  [TABLE2, { table: 't2', row: 'fees', column: 'amount' }, '12.345678'],
  [TABLE3, { table: 't3', row: 'newReceived', column: 'natural' }, '5'],
  [TABLE3, { table: 't3', row: 'newReceived', column: 'commercial' }, '2'],
  [TABLE3, { table: 't3', row: 'disclosed', column: 'natural' }, '4'],
  [TABLE3, { table: 't3', row: 'carriedForward', column: 'natural' }, '1'],
  [TABLE4, { table: 't4', row: 'review', column: 'upheld' }, '2'],
];

const STEP: Record<string, string> = {
  t2: '二、主动公开政府信息情况',
  t3: '三、收到和处理政府信息公开申请情况',
  t4: '四、政府信息公开行政复议、行政诉讼情况',
};

async function typeFigures(page: Page) {
  for (const [table, ref, text] of TYPED) {
    await stepButton(page, STEP[table.id] ?? '').click();
    const cell = page.getByLabel(cellLabel(table, ref), { exact: true });
    await cell.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  }
}

test('typed figures go out as .xlsx, Calc shows the totals, and 从表格导入 brings them back', async ({ page, browser }, testInfo) => {
  const scripts: string[] = [];
  page.on('response', (r) => void (r.url().endsWith('.js') && scripts.push(r.url())));
  await page.goto('/');
  await typeFigures(page);
  const typed = (await autosavedReport(page)).tables;

  await stepButton(page, '检查与导出').click();
  expect(scripts.some((s) => s.includes('exceljs'))).toBe(false);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出表格（.xlsx）' }).click()]);
  expect(download.suggestedFilename()).toMatch(/（统计表）\.xlsx$/);
  expect(scripts.some((s) => s.includes('exceljs'))).toBe(true);
  const xlsx = testInfo.outputPath('tables.xlsx');
  await download.saveAs(xlsx);

  // LibreOffice Calc computes the totals from the formulas.
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-e2e-xlsx-'));
  const profile = await createProfile();
  try {
    const sheets = await calcSheets(xlsx, dir, profile);
    const shown = (table: 't2' | 't3' | 't4', row: string, column: string) => {
      const cell = planSheet(null, table).cells.find((c) => c.kind === 'value' && c.ref.row === row && c.ref.column === column);
      return sheets.get(sheetName(table))?.[(cell?.row ?? 0) - 1]?.[(cell?.col ?? 0) - 1];
    };
    expect(shown('t3', 'newReceived', 'total')).toBe('7');
    expect(shown('t3', 'resultTotal', 'natural')).toBe('4');
    expect(shown('t3', 'resultTotal', 'total')).toBe('4');
    expect(shown('t4', 'review', 'total')).toBe('2');
    expect(shown('t2', 'fees', 'amount')).toBe('12.345678');
    expect(shown('t3', 'carriedOver', 'natural')).toBe('');
  } finally {
    await profile.dispose();
    await rm(dir, { recursive: true, force: true });
  }

  // A fresh draft in another browser profile: 从表格导入 in table 三's step.
  const fresh = await browser.newPage({ baseURL: testInfo.project.use.baseURL, locale: 'zh-CN' });
  await fresh.goto('/');
  await stepButton(fresh, STEP.t3 ?? '').click();
  const [chooser] = await Promise.all([fresh.waitForEvent('filechooser'), fresh.getByRole('button', { name: '从表格导入' }).click()]);
  await chooser.setFiles(xlsx);
  const dialog = fresh.getByRole('alertdialog');
  await expect(dialog).toContainText(`将修改 ${TYPED.length} 个单元格`);
  await expect(dialog).toContainText('表三“一、本年新收政府信息公开申请数量/自然人”：空 → 5');
  // Nothing changes before the confirmation.
  await expect(fresh.getByLabel(cellLabel(TABLE3, { table: 't3', row: 'newReceived', column: 'natural' }), { exact: true })).toHaveValue(
    '',
  );
  await fresh.screenshot({ path: 'artifacts/xlsx/import-preview.png' });
  await dialog.getByRole('button', { name: '替换为表格中的数字' }).click();
  await expect(fresh.getByLabel(cellLabel(TABLE3, { table: 't3', row: 'newReceived', column: 'natural' }), { exact: true })).toHaveValue(
    '5',
  );
  await expect(fresh.getByLabel('一、本年新收政府信息公开申请数量 总计（自动计算）', { exact: true })).toHaveText('7');
  expect((await autosavedReport(fresh)).tables).toEqual(typed);
  await fresh.close();
});

test('从表格导入 refuses a file that is not a spreadsheet, changing nothing', async ({ page }) => {
  await page.goto('/');
  await stepButton(page, STEP.t3 ?? '').click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '从表格导入' }).click()]);
  await chooser.setFiles({ name: 'notes.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('hello') });
  await expect(page.getByText('无法读取notes.xlsx：不是Excel工作簿（.xlsx）文件。未做任何修改。')).toBeVisible();
});

test('the single HTML file exports the tables from file:// (no server), and the file reads back', async ({ page }, testInfo) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(resolve('dist-single/nianbao.html')).href);
  await stepButton(page, STEP.t3 ?? '').click();
  await page.getByLabel(cellLabel(TABLE3, { table: 't3', row: 'newReceived', column: 'natural' }), { exact: true }).click();
  await page.keyboard.type('9');
  await page.keyboard.press('Tab');
  await stepButton(page, '检查与导出').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出表格（.xlsx）' }).click()]);
  const xlsx = testInfo.outputPath('single.xlsx');
  await download.saveAs(xlsx);
  const read = await readXlsxTables(new Uint8Array(await readFile(xlsx)));
  expect(read.inputs.find((c) => c.ref.row === 'newReceived' && c.ref.column === 'natural')?.value).toBe(9);
  expect(problems).toEqual([]);
});
