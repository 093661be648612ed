/**
 * Printing right after entering 检查与导出, before the print preview (drawn in the background) is
 * there: it printed the placeholder line instead of the report. 打印 waits for the preview, saying
 * why; the browser's own print (Ctrl+P, its beforeprint) draws the preview at once.
 */
import { expect, test, type Page } from '@playwright/test';
import { LONG_ORGAN, openLongDraft, stepButton } from './helpers.ts';

/** What the print path would print at this moment: the preview's text and whether it is marked for printing. */
type Printed = { text: string | null; marked: number };
function printedNow(): Printed {
  return {
    text: document.querySelector('.print-area')?.textContent ?? null,
    marked: document.querySelectorAll('[data-print-path]').length,
  };
}

function expectReport(printed: Printed | undefined) {
  expect(printed?.marked).toBeGreaterThan(0);
  expect(printed?.text).toContain(`${LONG_ORGAN}2024年政府信息公开工作年度报告`);
  expect(printed?.text).toContain('本机关持续推进政务公开。');
  expect(printed?.text).toContain('四、政府信息公开行政复议、行政诉讼情况');
}

/**
 * Opens the long draft and enters 检查与导出 on a CPU slowed down ×8, as an old office PC is: the
 * preview then takes long enough to print before it (on this machine it is otherwise there some
 * 100 ms after the step). Returns what restores the speed.
 */
async function enterReview(page: Page): Promise<() => Promise<void>> {
  await openLongDraft(page, test.info());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await stepButton(page, '检查与导出').click();
  return async () => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  };
}

test('打印 at once prints the report: it waits for the preview, saying why', async ({ page }) => {
  // The print dialog is the browser's: what it would print is taken when print() is called.
  // (As script source: the page's policy allows no eval.)
  await page.addInitScript({
    content: `window.printed = []; window.print = () => void window.printed.push((${printedNow.toString()})());`,
  });
  await page.goto('/');
  const fullSpeed = await enterReview(page);
  const print = page.getByRole('button', { name: '打印 / 另存为PDF' });
  await expect(print).toBeDisabled();
  await expect(print).toHaveAccessibleDescription('正在生成下方的打印预览，生成后即可打印。');
  await print.click();
  const printed = await page.evaluate(() => (window as unknown as { printed: Printed[] }).printed);
  expect(printed).toHaveLength(1);
  expectReport(printed[0]);
  await expect(page.getByText('正在生成下方的打印预览')).toHaveCount(0);
  await fullSpeed();
});

test('the browser’s print (Ctrl+P) before the preview is drawn draws it first', async ({ page }) => {
  await page.goto('/');
  const fullSpeed = await enterReview(page);
  await page.locator('.export-panel').waitFor();
  // The event the browser fires before it lays out the pages to print.
  const printed = await page.evaluate(`(() => { window.dispatchEvent(new Event('beforeprint')); return (${printedNow.toString()})(); })()`);
  expectReport(printed as Printed);
  await fullSpeed();
});
