/**
 * `npx tsx tools/bench/geometry.ts DIST OUT`: where every cell of the three tables sits, for
 * comparing two builds (a CSS change meant to leave the layout alone): serves DIST, opens seed 002
 * at 600–1280 px wide, writes each table's cells' boxes to OUT.json (also after typing into table
 * 三, which breaks its identity) and full-page screenshots to OUT-<width>-<step>.png. Compare the
 * JSON of two builds; look at the screenshots that differ (a blinking caret differs too).
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { newSession, T3_CELL } from './browser.ts';
import { SEED_FILES, seedDraftText } from './fixtures.ts';
import { serve } from './server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

const [dist, out] = process.argv.slice(2);
if (!dist || !out) throw new Error('usage: geometry.ts DIST OUT');

const boxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.grid td, .grid th, .grid input')].map((e) => {
      const r = e.getBoundingClientRect();
      const at = (x: number) => Math.round(x * 10) / 10;
      return `${e.tagName} ${at(r.x)},${at(r.y)} ${at(r.width)}x${at(r.height)}`;
    }),
  );

const server = await serve(dist, Number(process.env.BENCH_PORT ?? 4305));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const result: Record<string, string[]> = {};
try {
  for (const width of [1280, 1000, 900, 760, 600]) {
    const { context, page } = await newSession(browser, seedDraftText(SEED_FILES[2] ?? ''));
    await page.setViewportSize({ width, height: 900 });
    for (const step of ['proactive', 'applications', 'litigation']) {
      await page.goto(`${server.url}/#${step}`);
      await page.locator('.grid').first().waitFor();
      await page.waitForTimeout(1000);
      result[`${width}-${step}`] = await boxes(page);
      await page.screenshot({ path: `${out}-${width}-${step}.png`, fullPage: true });
    }
    await page.goto(`${server.url}/#applications`);
    await page.getByLabel(T3_CELL, { exact: true }).focus();
    await page.keyboard.type('12345678');
    await page.waitForTimeout(500);
    result[`${width}-typed`] = await boxes(page);
    await page.screenshot({ path: `${out}-${width}-typed.png`, fullPage: true });
    await context.close();
  }
  writeFileSync(`${out}.json`, JSON.stringify(result, null, 1));
} finally {
  await browser.close();
  await server.close();
}
