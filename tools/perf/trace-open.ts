/**
 * Where the main-thread time of opening a draft goes: `npx tsx tools/perf/trace-open.ts SHAPE
 * [--dist DIR] [--stored]` opens the draft (打开草稿, or with --stored as the draft kept in this
 * browser at load), records a devtools.timeline trace and a JS CPU profile, and prints each task over
 * 50 ms with what it is made of: the trace's own events (layout, style, paint, GC, parse HTML) and
 * the profile's functions by self time. SHAPE: manyLines, ideographicSpaces (4 MB, issue 10) or 1mb
 * (the bench's openDraft). Build with `npx vite build --minify false` for readable function names.
 * BENCH_PORT picks the port.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';
import { newSession } from '../bench/browser.ts';
import { chooseFile, observeLongTasks } from '../bench/page-tools.ts';
import { draftOfSize, SEED_FILES, seedDraftText } from '../bench/fixtures.ts';
import { bigDraft, DRAFT_BYTES } from '../bench/pathological-browser-inputs.ts';
import { serve } from '../bench/server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const shape = args[0] ?? 'manyLines';
const DRAFTS: Record<string, () => string> = {
  manyLines: () => bigDraft('字\n', DRAFT_BYTES),
  ideographicSpaces: () => bigDraft('\u3000', DRAFT_BYTES),
  '1mb': () => draftOfSize(1024 * 1024),
};
const organ = (JSON.parse(seedDraftText(SEED_FILES[2] ?? '')) as { report: { organ: { name: string } } }).report.organ.name;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own time in the event: without the time other processes had the CPU. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}
interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: CpuNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const TRACE_EVENTS = new Set([
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'PrePaint',
  'Layerize',
  'ParseHTML',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'BlinkGC.AtomicPhase',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'v8.compile',
  'v8.parseOnBackground',
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
]);

async function waitQuiet(page: Page) {
  // A second with no long task after the last one (the autosave and rules that follow the open).
  await page.waitForTimeout(300);
  for (let i = 0; i < 120; i++) {
    const quiet = await page.evaluate(() => performance.now() - (window as unknown as { lastTaskEnd: number }).lastTaskEnd);
    if (quiet > 1500) return;
    await page.waitForTimeout(250);
  }
}

const where = (f: CpuNode['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${f.url ? `${f.url.replace(/.*\//, '')}:${f.lineNumber + 1}` : ''}`.trim();

function report(events: TraceEvent[], profile: CpuProfile) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no renderer main thread in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > Number(option('--min') ?? 50) * 1000);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const sampleTimes: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) sampleTimes.push((t += delta));
  if (args.includes('--timeline')) {
    const from = onMain.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')?.ts ?? 0;
    for (const e of onMain)
      if (
        e.ts >= from &&
        ['RunTask', 'FireAnimationFrame', 'Paint', 'TimerFire', 'EventDispatch', 'FunctionCall'].includes(e.name) &&
        (e.dur ?? 0) > 1000
      )
        process.stdout.write(
          `${((e.ts - from) / 1000).toFixed(1).padStart(8)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name} ${String(e.args?.data?.type ?? e.args?.data?.functionName ?? '')}\n`,
        );
  }
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const cpu = task.tdur === undefined ? '' : ` (${(task.tdur / 1000).toFixed(0)} ms on the CPU)`;
    process.stdout.write(
      `\ntask ${((task.dur ?? 0) / 1000).toFixed(0)} ms${cpu} at ${((task.ts - (tasks[0]?.ts ?? 0)) / 1000).toFixed(0)} ms\n`,
    );
    const inside = new Map<string, number>();
    for (const e of onMain)
      if (e.ts >= task.ts && e.ts < end && TRACE_EVENTS.has(e.name)) {
        const detail = e.name === 'EventDispatch' || e.name === 'TimerFire' ? ` ${String(e.args?.data?.type ?? '')}` : '';
        inside.set(`${e.name}${detail}`, (inside.get(`${e.name}${detail}`) ?? 0) + (e.dur ?? 0));
      }
    for (const [name, us] of [...inside].sort((a, b) => b[1] - a[1]).slice(0, 14))
      process.stdout.write(`  trace  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}\n`);
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const at = sampleTimes[i] ?? 0;
      const next = sampleTimes[i + 1] ?? at;
      if (at < task.ts || at >= end) return;
      const node = byId.get(id);
      if (!node) return;
      const key = where(node.callFrame);
      self.set(key, (self.get(key) ?? 0) + (next - at));
    });
    for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18))
      process.stdout.write(`  self   ${(us / 1000).toFixed(1).padStart(7)} ms  ${name}\n`);
  }
}

const draft = (DRAFTS[shape] ?? (() => Promise.reject(new Error(`unknown shape ${shape}`)) as never))();
const server = await serve(option('--dist') ?? `${ROOT}dist`, Number(process.env.BENCH_PORT ?? 4305));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const stored = args.includes('--stored');
  const { page, context } = await newSession(browser);
  await page.addInitScript(observeLongTasks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (!stored) {
    await page.goto(`${server.url}/`);
    await page.locator('#f-organ-name').waitFor();
    await waitQuiet(page);
  }
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'],
  });
  await cdp.send('Profiler.start');
  if (stored) {
    await page.addInitScript((text) => localStorage.setItem('nianbao.autosave', text), draft);
    await page.goto(`${server.url}/`);
  } else {
    await chooseFile(page.getByTestId('draft-file-input'), 'big.draft.json', draft);
    await page.getByRole('dialog').getByRole('button', { name: '打开' }).click({ timeout: 60_000 });
  }
  await page.waitForFunction((o) => document.querySelector<HTMLInputElement>('#f-organ-name')?.value === o, organ, { timeout: 60_000 });
  await waitQuiet(page);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  report(traceEvents, profile);
} finally {
  await browser.close();
  await server.close();
}
