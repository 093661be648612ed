/** Shared helpers for the wizard journeys. */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { SECTIONS } from '../src/report/definition/index.ts';

export const SEED_003_PATH = 'src/report/fixtures/seeds/003-jinshan-2024.draft.json';
export const seed003Text = () => readFileSync(SEED_003_PATH, 'utf8');

export const LONG_ORGAN = '很长的草稿镇人民政府';
/** A text just under a narrative field's limit (200 000 characters), of 15 000 lines. */
export const LONG_TEXT = '本机关持续推进政务公开。\n'.repeat(15_000);

/** Seed 003 named LONG_ORGAN, with LONG_TEXT in section 一's six texts: a draft file of some 3.5 MB. */
export function longDraftFile(testInfo: TestInfo): string {
  type Overview = { intro: string; areas: Record<string, { text: string }> };
  const draft = JSON.parse(seed003Text()) as { report: { organ: { name: string }; narrative: { overview: Overview } } };
  draft.report.narrative.overview.intro = LONG_TEXT;
  for (const area of Object.values(draft.report.narrative.overview.areas)) area.text = LONG_TEXT;
  draft.report.organ.name = LONG_ORGAN;
  const path = testInfo.outputPath('long.draft.json');
  writeFileSync(path, JSON.stringify(draft));
  return path;
}

/** Opens longDraftFile with 打开草稿 and waits until it is in the form. */
export async function openLongDraft(page: Page, testInfo: TestInfo): Promise<void> {
  await page.getByTestId('draft-file-input').setInputFiles(longDraftFile(testInfo));
  await page.getByRole('dialog', { name: '打开这个草稿？' }).getByRole('button', { name: '打开' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue(LONG_ORGAN);
}

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

/**
 * Types as a person does: clicks into the field, selects what it holds (so the typing replaces it)
 * and presses a key per character, so each one goes through the app's input handling (maxLength,
 * the cells' parsing, autosave while typing). For short text: long text is pasted (pasteInto), as
 * people do, and typing it would slow the suite.
 */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+A');
  if (text === '') await field.press('Delete');
  else await field.pressSequentially(text);
}

/**
 * Types a date as a keyboard user does in Chromium's date box. Its segments follow the browser's
 * own language, not the page's: Debian's Chromium under Playwright shows 月/日/年 (a Chinese
 * Windows Chrome shows 年/月/日). Month and day move on after two digits, the year is last.
 */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await field.focus();
  await field.page().keyboard.type(`${month}${day}${year}`);
}

/**
 * Pastes as a person does: the text (and, copied from a web page, its HTML) goes on Chromium's
 * clipboard, then Ctrl+V. The browser fires a trusted paste event and, unless the app takes the
 * paste itself, inserts the text as its own paste would (with maxLength applied, as for a user).
 * Replaces what the field holds, as after select-all; pasteAtCaret adds to it.
 */
export async function pasteInto(field: Locator, text: string, html?: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+A');
  await pasteAtCaret(field.page(), text, html);
}

/** Pastes into the focused field at the caret (after what the user has typed there). */
export async function pasteAtCaret(page: Page, text: string, html?: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(
    async ({ plain, markup }) => {
      const items: Record<string, Blob> = { 'text/plain': new Blob([plain], { type: 'text/plain' }) };
      if (markup !== null) items['text/html'] = new Blob([markup], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem(items)]);
    },
    { plain: text, markup: html ?? null },
  );
  await page.keyboard.press('ControlOrMeta+V');
}
