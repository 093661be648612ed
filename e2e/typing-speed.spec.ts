import { expect, test } from '@playwright/test';
import { openWithDraft, seed003Text } from './helpers.ts';

/**
 * A keystroke in table 三 re-renders that cell, its totals and the identity line, not the wizard.
 * Measured in the page: from keydown (window, capture) to the end of the input event's handling
 * (window, bubble — after React's root listener has rendered), on a slowed CPU.
 */
test('typing in table 三 stays within one frame (slowed CPU measured)', async ({ page }) => {
  await openWithDraft(page, seed003Text(), '#applications');
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => {
    const w = window as unknown as { times: number[]; start: number };
    w.times = [];
    window.addEventListener('keydown', () => (w.start = performance.now()), true);
    window.addEventListener('input', () => w.times.push(performance.now() - w.start));
  });
  const cell = page.getByLabel('三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形） 法人或其他组织 商业企业', { exact: true });
  await cell.focus();
  for (const key of '12345') await page.keyboard.press(key); // warm-up
  const measure = async (rate: number) => {
    await page.keyboard.press('Control+A');
    await page.evaluate(() => ((window as unknown as { times: number[] }).times = []));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (const key of '1234567890') await page.keyboard.press(key);
    await expect(page.getByLabel('三、本年度办理结果 （七）总计 法人或其他组织 商业企业（自动计算）', { exact: true })).toHaveText('1234567890');
    const times = (await page.evaluate(() => (window as unknown as { times: number[] }).times)).sort((a, b) => a - b);
    test.info().annotations.push({ type: `keystroke ms (${rate}x CPU)`, description: times.map((t) => t.toFixed(1)).join(' ') });
    console.log(`keystroke ms (${rate}x CPU):`, times.map((t) => t.toFixed(1)).join(' '));
    expect(times).toHaveLength(10);
    return times[Math.floor(times.length / 2)] ?? Infinity;
  };
  // The bound holds unthrottled; slowed runs are recorded (this shared box is too noisy to gate on them).
  expect(await measure(1)).toBeLessThan(16);
  await measure(2);
  await measure(4);
});
