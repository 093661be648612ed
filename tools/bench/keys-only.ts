/**
 * `npm run bench -- --keys-only`: the keystroke latency alone, app against the floor, at ×1 and ×4,
 * repeated (each repeat fresh pages, app and floor typed in alternating blocks), and the React
 * commits and component renders per keystroke (a count: not noisy). The figures are over all the
 * keystrokes of all repeats: the p95 of 100 keys is its 5th slowest, and moved by ±5 ms from one
 * run to the next; each run's own figures are in the JSON, with the median of their ratios.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { keystrokeSamples } from './browser.ts';
import { commitsPerKeystroke } from './commits.ts';
import { SEED_FILES, seedDraftText } from './fixtures.ts';
import { figure, round, table } from './stats.ts';

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
    ['throttle', 'app median', 'app p95', 'floor median', 'floor p95', 'ratio median', 'ratio p95', "runs' ratio p95", 'runs × keys'],
  ];
  for (const throttle of [1, 4]) {
    const runs: { app: number[]; floor: number[] }[] = [];
    for (let r = 0; r < repeats; r++) {
      log(`keystrokes ×${throttle}, run ${r + 1}/${repeats}…`);
      runs.push(await keystrokeSamples(browser, base, seed, throttle, keys));
    }
    const app = figure(runs.flatMap((x) => x.app));
    const floor = figure(runs.flatMap((x) => x.floor));
    const ratio = { median: round(app.median / floor.median), p95: round(app.p95 / floor.p95) };
    const perRun = runs.map((x) => ({ app: figure(x.app), floor: figure(x.floor) }));
    // Each run's ratio (its app and floor typed in alternating blocks), then the median over runs.
    const runRatio = {
      median: median(perRun.map((x) => round(x.app.median / x.floor.median))),
      p95: median(perRun.map((x) => round(x.app.p95 / x.floor.p95))),
    };
    result[`x${throttle}`] = { app, floor, ratio, runRatio, runs: perRun };
    rows.push([
      `×${throttle}`,
      app.median,
      app.p95,
      floor.median,
      floor.p95,
      ratio.median,
      ratio.p95,
      runRatio.p95,
      `${repeats} × ${keys}`,
    ]);
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
