/**
 * Issue 11 through the import dialog of the built app: a government web page saved in GBK
 * (“网页，仅HTML”) and a PDF (the text layer, pdf.js loaded on demand) are read with every table
 * cell, in the server build and in the single file opened from disk; a scan is refused plainly.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { autosavedReport } from './helpers.ts';

const GBK_PAGE = 'src/import/fixtures/seed-001.gbk.html';
const PDF = 'src/import/fixtures/pdf/seed-002-huancui-2024.pdf';
const CMAP_PDF = 'src/import/fixtures/cmap/gb1-cmaps.pdf';
const SINGLE = pathToFileURL(resolve('dist-single/nianbao.html')).href;
const draftTables = (file: string) =>
  (JSON.parse(readFileSync(`src/report/fixtures/seeds/${file}`, 'utf8')) as { report: { tables: unknown } }).report.tables;

/** Console errors and page errors (a Content-Security-Policy violation shows as one). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

async function importFile(page: Page, url: string, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('button', { name: '导入往年报告' }).click();
  const dialog = page.getByRole('dialog', { name: '导入往年报告' });
  await dialog.getByTestId('import-file-input').setInputFiles(file);
  return dialog;
}

async function expectAllCells(result: Locator): Promise<void> {
  await expect(result).toContainText('二、主动公开政府信息情况：已导入 (10/10个单元格)');
  await expect(result).toContainText('三、收到和处理政府信息公开申请情况：已导入 (144/144个单元格)');
  await expect(result).toContainText('四、政府信息公开行政复议、行政诉讼情况：已导入 (12/12个单元格)');
}

test('a saved GBK web page of a county site: every cell, none of the page around the report', async ({ page }) => {
  const problems = watchProblems(page);
  await importFile(page, '/', GBK_PAGE);
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result.getByTestId('import-organ')).toHaveText('威海市文登区泽库镇人民政府');
  await expect(result).toContainText('网页（含表格）');
  await expectAllCells(result);
  await result.getByRole('button', { name: '打开2023年度报告' }).click();
  const report = await autosavedReport(page);
  expect(report.tables).toEqual(draftTables('001-zeku-2023.draft.json'));
  expect(JSON.stringify(report)).not.toContain('索引号');
  expect(problems).toEqual([]);
});

test('a PDF: its text layer read in the browser, every cell', async ({ page }) => {
  const problems = watchProblems(page);
  await importFile(page, '/', PDF);
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result.getByTestId('import-organ')).toHaveText('威海市环翠区人民政府');
  await expect(result).toContainText('PDF文件');
  await expectAllCells(result);
  await result.getByRole('button', { name: '打开2024年度报告' }).click();
  expect((await autosavedReport(page)).tables).toEqual(draftTables('002-huancui-2024.draft.json'));
  expect(problems).toEqual([]);
});

test('a scanned PDF is refused plainly and the draft is kept', async ({ page }) => {
  const scan = Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  );
  const dialog = await importFile(page, '/', { name: '扫描件.pdf', mimeType: 'application/pdf', buffer: scan });
  await expect(dialog.getByRole('alert')).toContainText('这是扫描件');
});

test('a PDF whose 宋体 needs a predefined CMap has its text read, with the CMap from this server or the single file', async ({
  page,
  baseURL,
}) => {
  // A page of headings in four Adobe-GB1 encodings: its text is read (so it is judged, and is not
  // a report), where without the CMaps it had none and was taken for a scan.
  const problems = watchProblems(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (const url of ['/', SINGLE]) {
    const dialog = await importFile(page, url, CMAP_PDF);
    await expect(dialog.getByRole('alert')).toContainText('这不是政府信息公开工作年度报告');
    await expect(dialog.getByRole('alert')).not.toContainText('扫描件');
  }
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((u) => /UniGB-UCS2-H/.test(u)).every((u) => u.startsWith(origin))).toBe(true);
  expect(requests.some((u) => /UniGB-UCS2-H/.test(u))).toBe(true);
  expect(
    requests.filter((u) => !u.startsWith(origin) && !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')),
  ).toEqual([]);
  expect(problems).toEqual([]);
});

test('the single file opened from disk reads a PDF too (its Content-Security-Policy allows it)', async ({ page }) => {
  const problems = watchProblems(page);
  await importFile(page, SINGLE, PDF);
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('PDF文件');
  await expectAllCells(result);
  expect(problems).toEqual([]);
});

test('a PDF is read in a browser without the APIs newer than Chromium 86 that pdf.js calls', async ({ page }) => {
  const problems = watchProblems(page);
  await page.addInitScript(() => {
    const remove = (owner: object, name: string) => Reflect.deleteProperty(owner, name);
    const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as object;
    remove(Promise, 'withResolvers');
    remove(globalThis, 'structuredClone');
    remove(Object, 'hasOwn');
    for (const name of ['at', 'findLast', 'findLastIndex', 'toSpliced', 'toSorted', 'toReversed']) remove(Array.prototype, name);
    remove(String.prototype, 'at');
    remove(typedArray, 'at');
    remove(typedArray, 'findLast');
    remove(ArrayBuffer.prototype, 'transferToFixedLength');
  });
  await importFile(page, '/', PDF);
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('PDF文件');
  await expectAllCells(result);
  expect(problems).toEqual([]);
});
