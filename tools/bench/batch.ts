/**
 * Issue 16's measures. In the browser: 200 reports (the corpus and the seeds as published text,
 * and the seed drafts, repeated) opened in 批量检查 — total time until the last row, and the longest
 * main-thread task meanwhile (a PerformanceObserver for `longtask`, registered before the app loads).
 * In Node: `check` over 1 000 drafts in one process, and the CLI's start as a new process.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { newSession } from './browser.ts';
import { distinctSeedDraftText, SEED_FILES, seedDraftText } from './fixtures.ts';
import { figure, round, type Figure } from './stats.ts';

const FIXTURES = 'src/import/fixtures';
const CORPUS = '../shared/corpus';

/** A folder of `count` report files: published text of the seeds and the corpus, and seed drafts. */
function reportFolder(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-batch-'));
  const sources = [
    ...readdirSync(FIXTURES)
      .filter((n) => /^seed-\d{3}-.*\.txt$/.test(n))
      .map((n) => join(FIXTURES, n)),
    ...readdirSync(CORPUS)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => join(CORPUS, n)),
  ];
  for (let i = 0; i < count; i++) {
    const copy = Math.floor(i / (sources.length + SEED_FILES.length));
    const k = i % (sources.length + SEED_FILES.length);
    const source = sources[k];
    if (source) copyFileSync(source, join(dir, `${copy}-${k}.txt`));
    else writeFileSync(join(dir, `${copy}-${k}.json`), seedDraftText(SEED_FILES[k - sources.length] ?? ''));
  }
  return dir;
}

export interface BatchFigures {
  reports: number;
  totalMs: number;
  longestTaskMs: number;
}

export async function batchReview(browser: Browser, base: string, count: number): Promise<BatchFigures> {
  const dir = reportFolder(count);
  const { context, page } = await newSession(browser);
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: '批量检查' }).click();
    const folder = page.getByTestId('batch-folder');
    await folder.waitFor({ state: 'attached' });
    // Only the run counts: the view and its chunk are loaded, the long-task record starts now.
    await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
    const started = Date.now();
    await folder.setInputFiles(dir);
    await page.getByText(`已读取 ${count}/${count} 份`).waitFor({ timeout: 10 * 60_000 });
    const totalMs = Date.now() - started;
    const longestTaskMs = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    return { reports: count, totalMs, longestTaskMs: round(longestTaskMs, 1) };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface CliBatchFigures {
  /** `check 'dir/*.json' --csv` over `drafts` drafts as one new process. */
  checkMany: { drafts: number; seconds: number; reportsPerSecond: number };
  /** `nianbao --help` as a new process: the bundled CLI's start. */
  start: Figure;
}

export function cliBatch(drafts: number): CliBatchFigures {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-many-'));
  try {
    mkdirSync(join(dir, 'drafts'));
    // Every draft's texts differ: a set of real reports repeats no text, so neither may the bench's.
    for (let i = 0; i < drafts; i++) writeFileSync(join(dir, 'drafts', `${i}.json`), distinctSeedDraftText(i));
    const cli = ['src/cli/nianbao.mjs'];
    const t = performance.now();
    try {
      execFileSync(process.execPath, [...cli, 'check', join(dir, 'drafts', '*.json'), '--csv'], {
        stdio: 'pipe',
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      // Exit 1: some seed drafts have errors (no 落款日期); the run itself is what is timed.
      if ((error as { status?: number }).status !== 1) throw error;
    }
    const seconds = (performance.now() - t) / 1000;
    const start: number[] = [];
    for (let i = 0; i < 7; i++) {
      const s = performance.now();
      execFileSync(process.execPath, [...cli, '--help'], { stdio: 'pipe' });
      if (i >= 2) start.push(performance.now() - s);
    }
    return { checkMany: { drafts, seconds: round(seconds, 2), reportsPerSecond: Math.round(drafts / seconds) }, start: figure(start) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
