/**
 * `npx tsx tools/bench/profile-keys.ts [--throttle 4] [--keys 40] [--dist DIR] [--floor]`: Chrome's CPU
 * profile of typing into the table-三 cell the bench times, summed by function (self time), over
 * the whole typing (keystrokes, and the rule runs and autosaves between them). Build with
 * `npx vite build --minify false` first to read function names. Not a measurement: the profiler
 * itself slows the page. --floor profiles the bench's bare-input page instead, for comparison.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { keysPage } from './browser.ts';
import { SEED_FILES, seedDraftText } from './fixtures.ts';
import { serve } from './server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

interface Node {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const throttle = Number(option('--throttle', '4'));
const keys = Number(option('--keys', '40'));
const floor = args.includes('--floor');
/** Only samples whose entry frame's name contains this (e.g. dispatchDiscreteEvent). */
const under = option('--under', '');
const dist = option('--dist', fileURLToPath(new URL('../../dist', import.meta.url)));

const server = await serve(dist, Number(process.env.BENCH_PORT ?? 4305));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const { context, page, cell } = await keysPage(browser, server.url, floor, throttle, seedDraftText(SEED_FILES[2] ?? ''));
  await page.locator(cell).focus();
  await page.waitForTimeout(2500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Performance.enable');
  type Metrics = { metrics: { name: string; value: number }[] };
  const metrics = async () => new Map(((await cdp.send('Performance.getMetrics')) as Metrics).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  await cdp.send('Profiler.start');
  for (let i = 0; i < keys; i++) {
    // As the bench does: Playwright's locators would add their own work to the profile.
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement).select(), cell);
    await page.keyboard.press(String((i % 9) + 1));
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(1000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const after = await metrics();
  // The browser's own counts and times (seconds) of style, layout and script work, per keystroke.
  for (const name of ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'RecalcStyleCount', 'LayoutCount']) {
    const delta = (after.get(name) ?? 0) - (before.get(name) ?? 0);
    const shown = name.endsWith('Duration') ? `${((delta * 1000) / keys).toFixed(2)} ms` : (delta / keys).toFixed(1);
    process.stdout.write(`${name.padEnd(20)} ${shown} per keystroke\n`);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (node: Node | undefined) =>
    node
      ? `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/.*\//, '')}:${node.callFrame.lineNumber + 1}`
      : '?';
  /** The outermost frame under the root: what the browser called (an event, a timer, a message). */
  const entryOf = (id: number) => {
    let at = id;
    for (let up = parent.get(at); up !== undefined && parent.has(up); up = parent.get(at)) at = up;
    return nameOf(byId.get(at));
  };
  const self = new Map<string, number>();
  const entries = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const entry = entryOf(id);
    if (under && !entry.includes(under)) return;
    add(self, nameOf(node), ms);
    add(entries, entry, ms);
    // Each function on the sample's stack once (recursion counted once).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at));
      if (!seen.has(name)) add(inclusive, name, ms);
      seen.add(name);
    }
  });
  const print = (title: string, map: Map<string, number>, top: number) => {
    const rows = [...map].sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
    process.stdout.write(`${title}: ${(total / keys).toFixed(2)} ms per keystroke (×${throttle}, profiler on)\n`);
    for (const [name, ms] of rows.slice(0, top)) process.stdout.write(`${(ms / keys).toFixed(3).padStart(8)} ms/key  ${name}\n`);
  };
  print('by entry (inclusive)', entries, 15);
  print('by function (self)', self, 40);
  if (args.includes('--inclusive')) print('by function (inclusive)', inclusive, 60);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
