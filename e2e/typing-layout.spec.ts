/**
 * A keystroke in table 三 lays out what it changed, not the table (issue 10: typing as fast as a
 * bare page). Counted, not timed: Chrome's timeline trace says how many layout objects each layout
 * inside the keystroke walked. Without the contained boxes of tables.css every key laid out the
 * whole table (~1150 objects) while the browser inserted the character, at ~12 ms a key at CPU ×4.
 */
import { expect, test, type CDPSession } from '@playwright/test';
import { openWithDraft, seed003Text } from './helpers.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string }; beginData?: { totalObjects?: number } };
}

async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

test('typing a figure into table 三 lays out the cell, its 总计 and its checks, not the table', async ({ page, context }) => {
  await openWithDraft(page, seed003Text(), '#applications');
  const cell = page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true });
  const total = page.locator('output[data-cell="t3.newReceived.total"]');
  const identity = page.locator('[data-identity="natural"]');
  await cell.click();
  await page.keyboard.press('Control+A');
  // Seed 003 has 3 here: 5 and then 6 both break the identity (no change of state or colour).
  await page.keyboard.type('5');
  const before = Number(await total.textContent());
  const check = await identity.textContent();
  // The checks' wording settles (its width is measured after the frame that shows it).
  await page.waitForTimeout(500);

  const cdp = await context.newCDPSession(page);
  const events = await traced(cdp, async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.type('6');
    await expect(total).toHaveText(String(before + 1));
    await expect(identity).not.toHaveText(check ?? '');
  });

  // The key's character goes in while the keypress is dispatched: the editing's own layout, and the
  // input event (the form, the 总计, the checks) with it.
  const keypress = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keypress');
  expect(keypress).toBeDefined();
  const start = keypress?.ts ?? 0;
  const end = start + (keypress?.dur ?? 0);
  const layouts = events.filter((e) => e.name === 'Layout' && e.ts >= start && e.ts <= end);
  expect(layouts.length).toBeGreaterThan(0);
  const walked = layouts.map((e) => e.args?.beginData?.totalObjects ?? Infinity);
  // The typed input (4 objects), the 总计 and the two checks' boxes; the table has ~1150.
  expect(Math.max(...walked)).toBeLessThan(40);
});

test('a new figure in a check changes the figure alone: the wording around it stays as it was laid out', async ({ page }) => {
  await openWithDraft(page, seed003Text(), '#applications');
  const cell = page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true });
  const identity = page.locator('[data-identity="natural"]');
  await cell.click();
  await page.keyboard.press('Control+A');
  // Seed 003 has 3 here: 5 and then 6 both break the identity, by 2 and then by 3.
  await page.keyboard.type('5');
  await expect(identity).toContainText('自然人相差2');
  // The check's text nodes as they are now, kept in the page to compare after the next key.
  await identity.evaluate((td) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(td.querySelector('.identity-text') as Node, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    (window as unknown as { wording: Text[] }).wording = nodes.filter((n) => !n.parentElement?.classList.contains('message-figure'));
  });

  await page.keyboard.press('Control+A');
  await page.keyboard.type('6');
  await expect(identity).toContainText('自然人相差3');
  const kept = await identity.evaluate(() =>
    (window as unknown as { wording: Text[] }).wording.map((n) => ({ connected: n.isConnected, text: n.data })),
  );
  // ✗ 自然人相差 … （ … ≠ … ）: the words are the same nodes, still in the page, with the same text.
  expect(kept.map((n) => n.text).join('|')).toBe('✗ 自然人相差|（|≠|）');
  expect(kept.every((n) => n.connected)).toBe(true);
  await expect(identity.locator('.message-figure')).toHaveText(['3', /\d+/, /\d+/]);
});
