/**
 * Issue 16 in the built app: the county office opens a folder holding the seeds and the corpus as
 * published text, three unit drafts and the previous year of one of them; every report gets its
 * row with the right counts, the carry-over check fires between the two years, the 汇总 of three
 * units equals the sums worked out here, and the review saves as an .xlsx LibreOffice opens.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { parseDraft, serializeDraft, withInput, getInput, valueOf, tableDef, type Report } from '../src/report/index.ts';
import { sumTables } from '../src/report/aggregate/index.ts';
import { importReport } from '../src/import/index.ts';
import { autosavedReport } from './helpers.ts';

const SEEDS = 'src/report/fixtures/seeds';
const draftOf = (file: string): Report => {
  const parsed = parseDraft(readFileSync(join(SEEDS, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not open`);
  return parsed.draft.report;
};
const UNITS = ['000-mashan-2024.draft.json', '002-huancui-2024.draft.json', '003-jinshan-2024.draft.json'];

/** The reviewer's folder: 5 seeds and 7 corpus reports as text, 3 unit drafts, last year of one unit. */
function reviewFolder(testInfo: TestInfo): { dir: string; count: number } {
  const dir = testInfo.outputPath('reports');
  mkdirSync(join(dir, 'published'), { recursive: true });
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  let count = 0;
  for (const name of readdirSync('src/import/fixtures').filter((n) => /^seed-\d{3}-.*\.txt$/.test(n))) {
    copyFileSync(join('src/import/fixtures', name), join(dir, 'published', name));
    count++;
  }
  // Missing corpus: readdirSync throws and the test fails rather than skips.
  for (const name of readdirSync('../shared/corpus').filter((n) => n.endsWith('.txt'))) {
    copyFileSync(join('../shared/corpus', name), join(dir, 'published', name));
    count++;
  }
  for (const unit of UNITS) {
    copyFileSync(join(SEEDS, unit), join(dir, 'drafts', unit));
    count++;
  }
  // 环翠区 2023 whose 结转下年度 (自然人) differs from 2024's 上年结转 by 4.
  const current = draftOf('002-huancui-2024.draft.json');
  const carried = Number(getInput(current.tables, { table: 't3', row: 'carriedOver', column: 'natural' }));
  const last = {
    ...current,
    year: 2023,
    tables: withInput(current.tables, { table: 't3', row: 'carriedForward', column: 'natural' }, carried + 4),
  };
  writeFileSync(join(dir, 'drafts', 'huancui-2023.json'), serializeDraft(last));
  count++;
  return { dir, count };
}

async function openFolder(page: Page, dir: string, count: number) {
  await page.goto('/');
  await page.getByRole('button', { name: '批量检查' }).click();
  await page.getByTestId('batch-folder').setInputFiles(dir);
  await expect(page.getByRole('status').filter({ hasText: `已读取 ${count}/${count} 份` })).toBeVisible({ timeout: 60_000 });
}

const rowOf = (page: Page, file: string) => page.locator(`tr.batch-row[data-file$="${file}"]`);

test('a folder of reports: one row each, counts read, the carry-over between two years, 汇总 of three units', async ({
  page,
}, testInfo) => {
  const { dir, count } = reviewFolder(testInfo);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openFolder(page, dir, count);
  await expect(page.locator('tr.batch-row')).toHaveCount(count);
  await page.screenshot({ path: 'artifacts/screens/batch-review.png' });

  // Each published report shows the cells the importer reads from it (表格单元格: the 6th td, after the checkbox).
  for (const name of readdirSync(join(dir, 'published'))) {
    const result = await importReport({ kind: 'text', text: readFileSync(join(dir, 'published', name), 'utf8') });
    if (!result.ok) throw new Error(`${name} does not import`);
    const sections = Object.values(result.sections);
    const read = sections.reduce((n, s) => n + (s.cells?.found ?? 0), 0);
    const expected = sections.reduce((n, s) => n + (s.cells?.expected ?? 0), 0);
    expect(Number(expected), name).toBeGreaterThan(100);
    await expect(rowOf(page, name).locator('td').nth(5), name).toHaveText(`${read}/${expected}`);
  }
  // Seed 001 (泽库镇 2023) prints 532 where its table says 533: one prose contradiction.
  await expect(rowOf(page, 'seed-001-zeku-2023.txt').locator('td').nth(9)).toHaveText('1');

  // The 2024 draft of 环翠区 is compared with its 2023 draft from the same folder.
  const huancui = rowOf(page, 'drafts/002-huancui-2024.draft.json');
  await huancui.getByRole('button', { name: '查看问题' }).click();
  await expect(page.locator('tr.batch-details')).toContainText('“二、上年结转”自然人列为');
  await expect(page.locator('tr.batch-details')).toContainText('2023年报告“四、结转下年度继续办理”');

  // 汇总 of the three unit drafts.
  for (const unit of UNITS) await rowOf(page, `drafts/${unit}`).getByRole('checkbox').check();
  await page.getByRole('button', { name: '汇总所选（3份）' }).click();
  const dialog = page.getByRole('dialog', { name: '汇总所选单位的统计表' });
  await dialog.getByLabel('汇总后的机关名称').click();
  await page.keyboard.type('某县人民政府');
  await dialog.getByRole('button', { name: '生成汇总草稿' }).click();
  await expect(page.getByRole('heading', { name: '基本信息' })).toBeVisible();

  const expected = sumTables(UNITS.map(draftOf)).tables;
  const saved = (await autosavedReport(page)) as unknown as Report;
  expect(saved.organ.name).toBe('某县人民政府');
  expect(saved.tables).toEqual(expected);
  const total = (tables: Report['tables']) => valueOf(tables, tableDef('t3'), { table: 't3', row: 'resultTotal', column: 'total' });
  const byHand = UNITS.map((u) => Number(total(draftOf(u).tables))).reduce((a, b) => a + b, 0);
  expect(total(saved.tables)).toBe(byHand);
});

test('the review saves as an .xlsx that LibreOffice opens, one row per report', async ({ page }, testInfo) => {
  const { dir, count } = reviewFolder(testInfo);
  await openFolder(page, dir, count);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出审查结果（Excel）' }).click(),
  ]);
  const xlsx = testInfo.outputPath('review.xlsx');
  await download.saveAs(xlsx);
  // 76 = UTF-8: Calc's CSV filter otherwise writes the system code page.
  execFileSync(
    'soffice',
    ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', testInfo.outputPath(), xlsx],
    { timeout: 120_000 },
  );
  const csv = readFileSync(testInfo.outputPath('review.csv'), 'utf8').trim().split(/\r?\n/);
  expect(csv).toHaveLength(count + 1);
  expect(csv[0]).toContain('机关');
  expect(csv.some((line) => line.includes('平潭综合实验区金井片区管理局'))).toBe(true);
});
