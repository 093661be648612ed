/**
 * Issue 10 (manyLines): a section of thousands of short lines. The review step shows at once and the
 * print preview follows, built in the background; every line is in it (the lines past the .docx's
 * 1 000 paragraphs joined to the last, as in the .docx), in runs of at most 25 paragraphs, each run
 * skipped as one box while off screen.
 */
import { expect, test } from '@playwright/test';
import { openWithDraft, seed003Text, stepButton } from './helpers.ts';

const LINES = 3000;
const lines = Array.from({ length: LINES }, (_, i) => `第${i + 1}行`);

function draftWithLines(): string {
  const draft = JSON.parse(seed003Text()) as { report: { narrative: { overview: { intro: string } } } };
  draft.report.narrative.overview.intro = lines.join('\n');
  return JSON.stringify(draft);
}

test('3 000 short lines in section 一: the preview holds every line and a typed one, in runs of at most 25', async ({ page }) => {
  await openWithDraft(page, draftWithLines());
  await stepButton(page, '一、总体情况').click();
  const intro = page.locator('#f-narrative-overview-intro');
  await intro.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n最后一行');

  await stepButton(page, '检查与导出').click();
  const preview = page.getByRole('article', { name: '年度报告打印预览' });
  await expect(preview).toContainText('最后一行');
  const text = (await preview.textContent()) ?? '';
  for (const line of [...lines, '最后一行']) expect(text).toContain(line);

  const runs = await preview.locator('.pv-run').evaluateAll((els) => els.map((el) => el.querySelectorAll('p.pv-body').length));
  expect(Math.max(...runs)).toBe(25);
  // The intro's 1 000 paragraphs (the cap) are 40 runs; the seed's other parts add a few short ones.
  expect(runs.filter((n) => n === 25).length).toBeGreaterThanOrEqual(40);
  expect(runs.length).toBeLessThan(80);
  // Far down the page, a run is skipped as one box until it comes on screen.
  expect(
    await preview
      .locator('.pv-run')
      .last()
      .evaluate((el) => getComputedStyle(el).contentVisibility),
  ).toBe('auto');
});
