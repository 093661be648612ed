/**
 * `npm run bench -- --keys-only`: the keystroke latency alone, app against the floor, at ×1 and ×4,
 * repeated (each repeat a fresh page), with the median over repeats of each run's median and p95,
 * and the React commits and component renders per keystroke (a count: not noisy).
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { keystrokes } from './browser.ts';
import { commitsPerKeystroke } from './commits.ts';
import { SEED_FILES, seedDraftText } from './fixtures.ts';
import { figure, round, table, type Figure } from './stats.ts';

interface Options {
  keys: number;
  repeats: number;
  jsonOut: string | undefined;
  log(line: string): void;
}

const median = (xs: readonly number[]) => figure(xs).median;

export async function keysOnly(browser: Browser, base: string, { keys, repeats, jsonOut, log }: Options): Promise<void> {
  const seed = seedDraftText(SEED_FILES[2] ?? '');
  const result: Record<string, unknown> = {};
  const rows: (string | number)[][] = [
    ['throttle', 'app median', 'app p95', 'floor median', 'floor p95', 'ratio median', 'ratio p95', 'runs × keys'],
  ];
  for (const throttle of [1, 4]) {
    const runs: { app: Figure; floor: Figure }[] = [];
    for (let r = 0; r < repeats; r++) {
      log(`keystrokes ×${throttle}, run ${r + 1}/${repeats}…`);
      runs.push(await keystrokes(browser, base, seed, throttle, keys));
    }
    const app = { median: median(runs.map((x) => x.app.median)), p95: median(runs.map((x) => x.app.p95)) };
    const floor = { median: median(runs.map((x) => x.floor.median)), p95: median(runs.map((x) => x.floor.p95)) };
    // The ratio of each run (app and floor measured back to back), then the median over runs.
    const ratio = {
      median: median(runs.map((x) => round(x.app.median / x.floor.median))),
      p95: median(runs.map((x) => round(x.app.p95 / x.floor.p95))),
    };
    result[`x${throttle}`] = { app, floor, ratio, runs };
    rows.push([`×${throttle}`, app.median, app.p95, floor.median, floor.p95, ratio.median, ratio.p95, `${repeats} × ${keys}`]);
  }
  log('commits per keystroke…');
  const commits = await commitsPerKeystroke(browser, base, seed, 20);
  result.commits = commits;
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n\n${table(rows)}\n\n`);
  process.stdout.write(
    `React per keystroke: ${commits.inKeystroke.commits} commits, ${commits.inKeystroke.renders} component renders until it is shown; ` +
      `${commits.total.commits} commits, ${commits.total.renders} renders in all (with rule runs and autosave)\n` +
      `renders by component: ${Object.entries(commits.byComponent)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}\n`,
  );
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2));
}
