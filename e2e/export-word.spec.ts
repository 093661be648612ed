import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { convertToPdf, createProfile, pdfFonts, pdfText } from '../src/export-docx/testing/libreoffice.ts';
import { seedText } from '../src/export-docx/testing/seeds.ts';

/** Seed 002, dated: the published source had no 落款日期, which the final copy needs (issue 12). */
const HUANCUI = seedText('002-huancui-2024.draft.json').replace('"date": ""', '"date": "2025-01-20"');
const FILE = '威海市环翠区人民政府2024年政府信息公开工作年度报告.docx';

/** The scripts the page has loaded so far, with whether they hold the docx library. */
function watchScripts(page: Page) {
  const scripts: { url: string; docx: boolean }[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.text().catch(() => '');
    scripts.push({ url: response.url(), docx: body.includes('wordprocessingml') });
  });
  return scripts;
}

async function openReview(page: Page, draft: string) {
  await page.addInitScript((text) => localStorage.setItem('nianbao.autosave', text), draft);
  await page.goto('/');
  await page.getByRole('button', { name: '检查与导出' }).click();
}

test('exports the autosaved report as Word from 检查与导出, and LibreOffice opens the file', async ({ page }) => {
  const scripts = watchScripts(page);
  await openReview(page, HUANCUI);
  await expect(page.getByRole('article', { name: '年度报告打印预览' })).toContainText('三、收到和处理政府信息公开申请情况');
  // The docx library is not part of what the page loads up front.
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => s.docx)).toBe(false);
  await page.screenshot({ path: 'artifacts/docx/review-step.png' });
  await page.locator('.pv-t3').screenshot({ path: 'artifacts/docx/review-t3.png' });

  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Word' }).click()]);
  const elapsed = Date.now() - started;
  console.log(`first export in the browser: ${elapsed} ms`);
  expect(download.suggestedFilename()).toBe(FILE);
  await expect(page.getByRole('status').filter({ hasText: FILE })).toBeVisible();
  expect(scripts.some((s) => s.docx)).toBe(true);

  const dir = await mkdtemp(join(tmpdir(), 'nianbao-e2e-docx-'));
  const profile = await createProfile();
  try {
    const docx = join(dir, 'export.docx');
    await download.saveAs(docx);
    expect((await readFile(docx)).subarray(0, 2).toString()).toBe('PK');
    const pdf = await convertToPdf(docx, dir, profile);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    expect(text).toContain('威海市环翠区人民政府2024年政府信息公开工作年度报告');
    expect(text).toContain('四、政府信息公开行政复议、行政诉讼情况');
    expect(text).toContain('6793.94');
    expect((await pdfFonts(pdf)).some((f) => /CJK|UMing|UKai/.test(f.name))).toBe(true);
  } finally {
    await profile.dispose();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a report with errors exports only as a draft copy, marked （草稿）', async ({ page }) => {
  const draft = JSON.parse(HUANCUI) as { report: { tables: { t3: { newReceived: { natural: number | null } } } } };
  draft.report.tables.t3.newReceived.natural = null;
  await openReview(page, JSON.stringify(draft));
  await expect(page.getByRole('alert')).toContainText('错误');
  const exportButton = page.getByRole('button', { name: '导出Word' });
  await expect(exportButton).toBeDisabled();

  await page.getByRole('checkbox', { name: /仍然导出草稿/ }).check();
  await expect(page.getByRole('article', { name: '年度报告打印预览' })).toContainText('年度报告（草稿）');
  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
  expect(download.suggestedFilename()).toBe('威海市环翠区人民政府2024年政府信息公开工作年度报告（草稿）.docx');
});
