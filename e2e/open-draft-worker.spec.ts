/**
 * A large draft file is read and parsed in a worker (issue 10: a 4 MB draft parsed on the page was
 * a task of 300–400 ms), in both builds: the served one and the single file opened from file://. What the
 * user sees does not change: the 打开这个草稿？ dialog, the draft in place, its autosave.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { autosavedReport, seed003Text, stepButton } from './helpers.ts';

const SINGLE = pathToFileURL(resolve('dist-single/nianbao.html')).href;
const organ = (page: Page) => page.getByLabel('机关名称');

/** The workers the page starts (their script URLs; the draft worker may start when the page is idle) and what goes wrong on it. */
function watch(page: Page) {
  const workers: string[] = [];
  const problems: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { workers, problems };
}

/** Opens the file with 打开草稿; returns the workers started before 打开 was clicked (the rules worker starts after). */
async function openFile(page: Page, path: string, expectedOrgan: string, workers: readonly string[] = []): Promise<string[]> {
  await page.getByTestId('draft-file-input').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: '打开这个草稿？' });
  await expect(dialog).toContainText(expectedOrgan);
  const before = [...workers];
  await dialog.getByRole('button', { name: '打开' }).click();
  await expect(organ(page)).toHaveValue(expectedOrgan);
  return before;
}

type Overview = { intro: string; areas: Record<string, { heading: string; text: string }> };
type LongDraft = { report: { organ: { name: string }; narrative: { overview: Overview } } };
const LONG_ORGAN = '很长的草稿镇人民政府';
const long = '本机关持续推进政务公开。\n'.repeat(15_000);

/** Seed 003 with six texts just under the field's limit (200 000 characters): some 3.5 MB, over WORKER_FROM_BYTES. */
function longDraftFile(testInfo: TestInfo): string {
  const draft = JSON.parse(seed003Text()) as LongDraft;
  const overview = draft.report.narrative.overview;
  overview.intro = long;
  for (const area of Object.values(overview.areas)) area.text = long;
  draft.report.organ.name = LONG_ORGAN;
  const path = testInfo.outputPath('long.draft.json');
  writeFileSync(path, JSON.stringify(draft));
  return path;
}

test('the served app opens a large draft file in the draft worker', async ({ page }, testInfo) => {
  const seen = watch(page);
  await page.goto('/');
  const before = await openFile(page, longDraftFile(testInfo), LONG_ORGAN, seen.workers);
  expect(before.filter((url) => /\/draft\.worker-[\w-]+\.js$/.test(url)).length).toBeGreaterThan(0);
  expect(seen.problems).toEqual([]);
});

test('the single file opens a large draft file in its inline worker from file://', async ({ page }, testInfo) => {
  const seen = watch(page);
  await page.goto(SINGLE);
  const before = await openFile(page, longDraftFile(testInfo), LONG_ORGAN, seen.workers);
  expect(before.filter((url) => url.startsWith('blob:')).length).toBeGreaterThan(0);
  expect(seen.problems).toEqual([]);
});

test('a draft of some 3.5 MB opens, and its autosave holds all of it', async ({ page }, testInfo) => {
  await page.goto('/');
  await openFile(page, longDraftFile(testInfo), LONG_ORGAN);
  await expect(page.getByRole('status').filter({ hasText: /已自动保存 \d\d:\d\d:\d\d/ })).toBeVisible();
  const saved = (await autosavedReport(page)) as LongDraft['report'];
  expect(saved.organ.name).toBe(LONG_ORGAN);
  const texts = [saved.narrative.overview.intro, ...Object.values(saved.narrative.overview.areas).map((a) => a.text)];
  expect(texts.length).toBe(6);
  expect(texts.every((text) => text === long)).toBe(true);
  // Opened from a file and not changed since: nothing to save.
  await expect(page.getByText('有修改尚未保存为文件')).toHaveCount(0);
  await stepButton(page, '一、总体情况').click();
  await expect(page.locator('#f-narrative-overview-intro')).toHaveValue(long);
});
