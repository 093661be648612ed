/**
 * The first-screen budget (issues 10, 11, 15): the JavaScript the page loads before its first step
 * is interactive stays within 150 KB gzip. Counted in bytes, which do not depend on the machine:
 * a static import that drags a later step's code (or zod, or a barrel) into the first download
 * fails here, naming the files. `npx tsx tools/bench/first-screen.ts` prints the same list.
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
