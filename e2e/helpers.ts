/** Shared helpers for the wizard journeys. */
import { readFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { SECTIONS } from '../src/report/definition/index.ts';

export const SEED_003_PATH = 'src/report/fixtures/seeds/003-jinshan-2024.draft.json';
export const seed003Text = () => readFileSync(SEED_003_PATH, 'utf8');

/** The step list as the user sees it in Chinese: the official headings come from the definition. */
export const STEP_TITLES = ['基本信息', ...SECTIONS.map((s) => s.heading), '检查与导出'] as const;

/** Opens the app with a draft already in the browser's autosave. */
export async function openWithDraft(page: Page, draftText: string, hash = ''): Promise<void> {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('nianbao.autosave', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, draftText);
  await page.goto(`/${hash}`);
}

export function stepButton(page: Page, title: string) {
  return page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: title, exact: true });
}

/** The autosaved draft as the app last wrote it (waits for the debounce). */
export async function autosavedReport(page: Page): Promise<Record<string, unknown>> {
  await page.waitForTimeout(900);
  const text = await page.evaluate(() => localStorage.getItem('nianbao.autosave'));
  return (JSON.parse(text ?? '{}') as { report: Record<string, unknown> }).report;
}

/** 导出Word as a draft copy (ticks 仍然导出草稿 first); returns the file's path and suggested name. */
export async function exportDraftCopy(page: Page, testInfo: TestInfo): Promise<{ path: string; name: string }> {
  await page.getByRole('checkbox', { name: /仍然导出草稿/ }).check();
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Word' }).click()]);
  const path = testInfo.outputPath('report.docx');
  await word.saveAs(path);
  return { path, name: word.suggestedFilename() };
}

/** 保存草稿; returns the saved file's path. */
export async function saveDraftFile(page: Page, testInfo: TestInfo): Promise<string> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存草稿' }).click()]);
  const path = testInfo.outputPath('draft.json');
  await saved.saveAs(path);
  return path;
}

/**
 * 开始新一年度的报告 from the draft open now; answers the question before the draft is replaced
 * (asked whenever the draft has anything in it). Returns nothing until the new year is in place.
 */
export async function startNextYearFromCurrent(page: Page): Promise<void> {
  await page.getByRole('button', { name: '开始新一年度的报告' }).click();
  await page
    .getByRole('dialog', { name: '开始新一年度的报告' })
    .getByRole('button', { name: /^当前打开的\d{4}年度草稿$/ })
    .click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: /^替换并新建\d{4}年度报告$/ })
    .click();
}
