/**
 * The first-screen budget (issues 10, 11, 15): the JavaScript the page loads before its first step
 * is interactive stays within 150 KB gzip. Counted in bytes, which do not depend on the machine:
 * a static import that drags a later step's code (or zod, or a barrel) into the first download
 * fails here, naming the files. `npx tsx tools/bench/first-screen.ts` prints the same list.
 * The parser left out of it is fetched before the first render when a draft is stored: that draft
 * is still the first thing on screen, never a blank report first.
 */
import { expect, test } from '@playwright/test';
import { firstScreenJs } from '../tools/bench/first-screen-js.ts';

const BUDGET_GZIP_BYTES = 150 * 1024;

test('the first screen loads at most 150 KB of gzipped JavaScript', async ({ browser, baseURL }) => {
  const files = await firstScreenJs(browser, baseURL ?? '');
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  const list = files.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${f.file}`).join('\n');
  expect(files.length, 'the app loads its scripts').toBeGreaterThan(0);
  expect(total, `first-screen JS (gzip):\n${list}`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  // Nothing only a later step, a dialog or a stored draft needs: the draft parser (zod) above all.
  expect(
    files.map((f) => f.file).filter((f) => /^(parse|salvage|saveable|envelope|schema|TableStep|ExportPanel|ReviewStep)-/.test(f)),
  ).toEqual([]);
});

test('a stored draft is what the first rendered screen shows (its parser fetched before the first render)', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('机关名称').pressSequentially('某某镇人民政府');
  await expect(page.getByRole('status').filter({ hasText: /已自动保存 \d\d:\d\d:\d\d/ })).toBeVisible();
  // The organ field's value in the first frame that has it, before any later render could change it.
  await page.addInitScript(() => {
    const w = window as unknown as { firstOrgan?: string };
    new MutationObserver((_, observer) => {
      const field = document.querySelector<HTMLInputElement>('input[name="organ.name"]');
      if (!field) return;
      w.firstOrgan = field.value;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue('某某镇人民政府');
  expect(await page.evaluate(() => (window as unknown as { firstOrgan?: string }).firstOrgan)).toBe('某某镇人民政府');
});
