/**
 * Issue 13: the font scheme of the Word file. 系统自带字体 chosen in 检查与导出 changes the print
 * preview's fonts at once, is autosaved with the draft and still chosen after a reload, and the
 * downloaded .docx names 华文中宋/仿宋/楷体 (document and styles), not the GB2312 faces.
 */
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { autosavedReport, openWithDraft, stepButton } from './helpers.ts';
import { seedText } from '../src/export-docx/testing/seeds.ts';

/** Seed 002, dated: the final copy needs a 落款日期. */
const HUANCUI = seedText('002-huancui-2024.draft.json').replace('"date": ""', '"date": "2025-01-20"');

async function openReview(page: Page) {
  await stepButton(page, '检查与导出').click();
  await expect(page.getByRole('article', { name: '年度报告打印预览' })).toContainText('六、其他需要报告的事项');
}

const titleFont = (page: Page) => page.locator('.pv-title').evaluate((el) => getComputedStyle(el).fontFamily);

test('系统自带字体: chosen in the export panel, remembered after a reload, named in the downloaded .docx', async ({ page }, testInfo) => {
  await openWithDraft(page, HUANCUI);
  await openReview(page);
  const standard = page.getByRole('radio', { name: /公文标准字体/ });
  const system = page.getByRole('radio', { name: /系统自带字体/ });
  // An older draft has no choice saved: the official fonts.
  await expect(standard).toBeChecked();
  expect(await titleFont(page)).toMatch(/^"?方正小标宋简体/);

  await system.click();
  await expect(system).toBeChecked();
  expect(await titleFont(page)).toMatch(/^"?华文中宋/);
  await page.locator('.export-fonts').screenshot({ path: 'artifacts/docx/export-fonts.png' });
  expect((await autosavedReport(page)).fontScheme).toBe('system');

  await page.reload();
  await openReview(page);
  await expect(page.getByRole('radio', { name: /系统自带字体/ })).toBeChecked();
  expect(await titleFont(page)).toMatch(/^"?华文中宋/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Word' }).click()]);
  const path = testInfo.outputPath('system-fonts.docx');
  await download.saveAs(path);
  const zip = await JSZip.loadAsync(await readFile(path));
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const eastAsia = (xml: string) => new Set([...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]));
  expect(document).toContain('w:ascii="华文中宋"');
  expect(eastAsia(document)).toContain('仿宋');
  expect(eastAsia(document)).toContain('楷体');
  expect(eastAsia(styles)).toEqual(new Set(['仿宋', '黑体', '楷体', 'zh-CN']));
  for (const gb2312 of ['方正小标宋简体', '仿宋_GB2312', '楷体_GB2312']) expect(document + styles).not.toContain(gb2312);
});

test('公文标准字体 again after 系统自带字体: the choice can be undone', async ({ page }) => {
  await openWithDraft(page, HUANCUI.replace('"report": {', '"report": {\n    "fontScheme": "system",'));
  await openReview(page);
  await expect(page.getByRole('radio', { name: /系统自带字体/ })).toBeChecked();
  await page.getByRole('radio', { name: /公文标准字体/ }).click();
  expect(await titleFont(page)).toMatch(/^"?方正小标宋简体/);
  expect((await autosavedReport(page)).fontScheme).toBe('standard');
});
