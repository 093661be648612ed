/**
 * The in-browser measurements: keystroke latency (app and floor), export, opening a large draft,
 * cold load and the bytes loaded before any export. All times are taken inside the page with
 * event time stamps and requestAnimationFrame, so Playwright's own round trips do not count.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { chooseFile, observeLongTasks } from './page-tools.ts';
import { figure, type Figure } from './stats.ts';

export const T3_CELL = '一、本年新收政府信息公开申请数量 自然人';
const TOTAL = 'output[data-cell="t3.newReceived.total"]';
const IDENTITY = '[data-identity="natural"]';

/** A small seeded generator, so every run types with the same rhythm. */
function rhythm(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console messages that report a Content-Security-Policy violation. */
  violations: string[];
}

export async function newSession(browser: Browser, autosave?: string, throttle = 1): Promise<Session> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  // tsx compiles the functions given to page.evaluate with esbuild's keepNames, which calls __name.
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  if (autosave) await context.addInitScript((text) => localStorage.setItem('nianbao.autosave', text), autosave);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  if (throttle !== 1) await (await cpuThrottle({ context, page }))(throttle);
  return { context, page, violations };
}

/** Sets the page's CPU throttling rate (1: none). */
async function cpuThrottle({ context, page }: { context: BrowserContext; page: Page }) {
  const cdp = await context.newCDPSession(page);
  return async (rate: number) => void (await cdp.send('Emulation.setCPUThrottlingRate', { rate }));
}

/**
 * The page the keystroke tools type into: table 三 of seed 002 (its first cell), or the bare-input
 * floor page; `cell` is the selector of the field typed into.
 */
export async function keysPage(
  browser: Browser,
  base: string,
  floor: boolean,
  throttle: number,
  seed: string,
): Promise<Session & { cell: string }> {
  const session = await newSession(browser, seed, throttle);
  await session.page.goto(floor ? `${base}/__floor.html` : `${base}/#applications`);
  return { ...session, cell: floor ? '#cell' : `[aria-label="${T3_CELL}"]` };
}

/**
 * Types `count` digits into a cell, each replacing the last, and returns each keystroke's latency:
 * keydown time stamp → the first animation frame after both watched elements show new text.
 * `next` gives the pause before the following key (a share of 60–260 ms).
 */
async function typeAndTime(
  page: Page,
  cell: string,
  watched: readonly string[],
  count: number,
  warmup: number,
  next: () => number,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement).select(), cell);
    await page.evaluate((selectors) => {
      const w = window as unknown as { pending: Promise<number> };
      w.pending = new Promise<number>((resolve) => {
        const elements = selectors.map((s) => document.querySelector(s) as Element);
        const before = elements.map((e) => e.textContent);
        let start = 0;
        window.addEventListener('keydown', (e) => (start = e.timeStamp), { once: true, capture: true });
        const observer = new MutationObserver(() => {
          if (!elements.every((e, k) => e.textContent !== before[k])) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        for (const e of elements) observer.observe(e, { subtree: true, childList: true, characterData: true });
      });
    }, watched);
    await page.keyboard.press(String((i % 9) + 1));
    const ms = await page.evaluate(() => (window as unknown as { pending: Promise<number> }).pending);
    if (i >= warmup) samples.push(ms);
    // A person types a key every 60–260 ms; the wizard's rule runs and autosave fall in between.
    await page.waitForTimeout(60 + next() * 200);
  }
  return samples;
}

/** Keystrokes of the app and of the floor, as measured (ms), in the order typed. */
export interface KeystrokeSamples {
  app: number[];
  floor: number[];
}

/**
 * After the app's last key of a block: its rule run (250 ms after the last key) and autosave
 * (600 ms) are over before the floor is typed into, so they do not slow the floor's keys.
 */
const SETTLE_MS = 2000;

/**
 * The app's and the floor's keystrokes, `count` of each, typed in alternating blocks (app, floor,
 * app, …), both pages open throughout. This machine's speed drifts over tens of seconds (other
 * work on the host): measured one after the other, a slow spell fell on one side only and moved
 * the ratio of the two p95s by ±0.4; in alternating blocks both sides share it.
 */
export async function keystrokeSamples(
  browser: Browser,
  base: string,
  draft: string,
  throttle: number,
  count: number,
  blocks = 5,
): Promise<KeystrokeSamples> {
  const app = await newSession(browser, draft);
  await app.page.goto(`${base}/#applications`);
  const floor = await newSession(browser);
  await floor.page.goto(`${base}/__floor.html`);
  // Only the page being typed into is throttled: Chrome's throttling keeps a throttled page's
  // renderer busy (about 60% of a core here) even when the page does nothing.
  const throttleApp = await cpuThrottle(app);
  const throttleFloor = await cpuThrottle(floor);
  const appCell = `[aria-label="${T3_CELL}"]`;
  const appRhythm = rhythm(42);
  const floorRhythm = rhythm(42);
  const samples: KeystrokeSamples = { app: [], floor: [] };
  try {
    for (let b = 0; b < blocks; b++) {
      const n = Math.floor((count * (b + 1)) / blocks) - Math.floor((count * b) / blocks);
      const warmup = b === 0 ? 10 : 0;
      await throttleFloor(1);
      await throttleApp(throttle);
      await app.page.locator(appCell).focus();
      samples.app.push(...(await typeAndTime(app.page, appCell, [TOTAL, IDENTITY], n, warmup, appRhythm)));
      await app.page.waitForTimeout(SETTLE_MS);
      await throttleApp(1);
      await throttleFloor(throttle);
      await floor.page.locator('#cell').focus();
      samples.floor.push(...(await typeAndTime(floor.page, '#cell', ['#total', '#identity'], n, warmup, floorRhythm)));
    }
  } finally {
    await app.context.close();
    await floor.context.close();
  }
  return samples;
}

export async function keystrokes(
  browser: Browser,
  base: string,
  draft: string,
  throttle: number,
  count: number,
): Promise<{ app: Figure; floor: Figure }> {
  const { app, floor } = await keystrokeSamples(browser, base, draft, throttle, count);
  return { app: figure(app), floor: figure(floor) };
}

/** Records, in the page, the click on 导出Word and the moment the .docx link is clicked. */
async function exportTimer(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { exportClicks: number[]; exportDone: number[] };
    w.exportClicks = [];
    w.exportDone = [];
    document.addEventListener(
      'click',
      (e) => {
        if ((e.target as Element).closest('button')?.textContent === '导出Word') w.exportClicks.push(e.timeStamp);
      },
      true,
    );
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download.endsWith('.docx')) w.exportDone.push(performance.now());
      click.call(this);
    };
  });
}

async function exportOnce(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: '导出Word' });
  await button.waitFor();
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.export-actions button.primary')?.disabled);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  await download.delete();
  return page.evaluate(() => {
    const w = window as unknown as { exportClicks: number[]; exportDone: number[] };
    return (w.exportDone.at(-1) ?? NaN) - (w.exportClicks.at(-1) ?? NaN);
  });
}

export interface ExportFigures {
  first: Figure;
  warm: Figure;
  docxChunk: { file: string; raw: number; gzip: number } | null;
}

export async function exports(browser: Browser, base: string, draft: string, firstRuns: number, warmRuns: number): Promise<ExportFigures> {
  const first: number[] = [];
  const warm: number[] = [];
  let docxChunk: ExportFigures['docxChunk'] = null;
  for (let run = 0; run < firstRuns; run++) {
    const { context, page } = await newSession(browser, draft);
    const before = new Set<string>();
    const after: { url: string; body: Buffer }[] = [];
    let exporting = false;
    page.on('response', (r) => {
      if (!exporting) return void before.add(r.url());
      if (r.url().endsWith('.js') && !before.has(r.url())) void r.body().then((body) => after.push({ url: r.url(), body }));
    });
    await page.goto(`${base}/#review`);
    await exportTimer(page);
    exporting = true;
    first.push(await exportOnce(page));
    if (run === 0) {
      for (let i = 0; i < warmRuns; i++) warm.push(await exportOnce(page));
      const chunk = after[0];
      if (chunk) docxChunk = { file: chunk.url.replace(/.*\//, ''), raw: chunk.body.length, gzip: gzipSync(chunk.body).length };
    }
    await context.close();
  }
  return { first: figure(first), warm: figure(warm), docxChunk };
}

export interface OpenFigures {
  total: Figure;
  /** File chosen → the "open this draft?" dialog shown. */
  toDialog: Figure;
  /** 打开 clicked → the wizard showing the opened draft. */
  toWizard: Figure;
  /** The longest main-thread task from choosing the file until 1.5 s after the wizard shows the draft. */
  longestTask: Figure;
}

/** Resolves at the first animation frame after `selector` exists (with `value`, if given), with performance.now(). */
const frameWhen = (page: Page, selector: string, value?: string) =>
  page.evaluate(
    ([sel, expected]) =>
      new Promise<number>((resolve) => {
        // No eval here: the page's Content-Security-Policy forbids it.
        const holds = () => {
          const element = document.querySelector<HTMLInputElement>(sel);
          return !!element && (expected === undefined || element.value === expected);
        };
        const tick = () => (holds() ? resolve(performance.now()) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    [selector, value] as const,
  );

export async function openDraft(browser: Browser, base: string, draft: string, organ: string, runs: number): Promise<OpenFigures> {
  const total: number[] = [];
  const toDialog: number[] = [];
  const toWizard: number[] = [];
  const longestTask: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await newSession(browser);
    await page.addInitScript(observeLongTasks);
    await page.goto(`${base}/#applications`);
    // A person chooses a file once the page shows.
    await page.locator('main.step input:not([type=file]), main.step select').first().waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { marks: Record<string, number>; longest: number };
      w.longest = 0;
      w.marks = {};
      document.addEventListener('change', (e) => (w.marks.change = e.timeStamp), true);
      document.addEventListener('click', (e) => (w.marks.click = e.timeStamp), true);
    });
    const dialogShown = frameWhen(page, '[role=dialog]');
    await chooseFile(page.getByTestId('draft-file-input'), 'big.draft.json', draft);
    const t1 = await dialogShown;
    const shown = frameWhen(page, '#f-organ-name', organ);
    await page.getByRole('dialog').getByRole('button', { name: '打开' }).click();
    const t3 = await shown;
    const marks = await page.evaluate(() => (window as unknown as { marks: Record<string, number> }).marks);
    const a = t1 - (marks.change ?? NaN);
    const b = t3 - (marks.click ?? NaN);
    toDialog.push(a);
    toWizard.push(b);
    total.push(a + b);
    // The autosave and the rules that follow the open.
    await page.waitForTimeout(1500);
    longestTask.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
    await context.close();
  }
  return { total: figure(total), toDialog: figure(toDialog), toWizard: figure(toWizard), longestTask: figure(longestTask) };
}

export interface LoadFigures {
  interactive: Figure;
  domContentLoaded: Figure;
  bytes: { js: { raw: number; gzip: number }; css: { raw: number; gzip: number }; files: string[] };
  cspViolations: number;
}

export async function coldLoad(browser: Browser, base: string, runs: number): Promise<LoadFigures> {
  const interactive: number[] = [];
  const dcl: number[] = [];
  const bytes: LoadFigures['bytes'] = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, files: [] };
  let cspViolations = 0;
  for (let run = 0; run < runs; run++) {
    const { context, page, violations } = await newSession(browser);
    // The first step is interactive when its first field exists and a frame has been drawn with it.
    await page.addInitScript(() => {
      const tick = () => {
        const field = document.querySelector('main.step input, main.step select');
        if (field) requestAnimationFrame(() => ((window as unknown as { interactiveAt: number }).interactiveAt = performance.now()));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const bodies: Promise<void>[] = [];
    if (run === 0)
      page.on('response', (r) => {
        const kind = r.url().endsWith('.js') ? 'js' : r.url().endsWith('.css') ? 'css' : null;
        if (!kind) return;
        bodies.push(
          r.body().then((body) => {
            bytes[kind].raw += body.length;
            bytes[kind].gzip += gzipSync(body).length;
            bytes.files.push(r.url().replace(/.*\//, ''));
          }),
        );
      });
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as unknown as { interactiveAt?: number }).interactiveAt !== undefined);
    interactive.push(await page.evaluate(() => (window as unknown as { interactiveAt: number }).interactiveAt));
    dcl.push(
      await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
    );
    await Promise.all(bodies);
    cspViolations += violations.length;
    await context.close();
  }
  return { interactive: figure(interactive), domContentLoaded: figure(dcl), bytes, cspViolations };
}
