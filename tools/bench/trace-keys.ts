/**
 * `npx tsx tools/bench/trace-keys.ts [--throttle 4] [--keys 30] [--dist DIR] [--floor] [--worst N]`: where a
 * keystroke's time goes. Types into the bench's table-三 cell as the bench does, with Chrome's
 * timeline tracing on, and splits each keystroke's window (keydown time stamp → the first
 * animation frame after the total shows the new figure) into the renderer main thread's work:
 * script (by event), style, layout, paint and the rest, and the time the thread was idle (waiting
 * for the frame). Medians over the keystrokes. Not a timing to compare across machines: tracing
 * slows the page a little; compare app against --floor, or a --dist build, in one session.
 * --worst N also lists the N slowest keystrokes with what ran in them (a function call is named
 * with its file and line: build with --minify false to read them), which is where the p95 goes.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { keysPage } from './browser.ts';
import { SEED_FILES, seedDraftText } from './fixtures.ts';
import { serve } from './server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { type?: string; functionName?: string; url?: string; lineNumber?: number };
    beginData?: { dirtyObjects?: number; totalObjects?: number; stackTrace?: { functionName: string; url: string; lineNumber: number }[] };
  };
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const throttle = Number(option('--throttle', '4'));
const keys = Number(option('--keys', '30'));
const floor = args.includes('--floor');
const dist = option('--dist', fileURLToPath(new URL('../../dist', import.meta.url)));

/** Trace event names → the kind of work the DevTools performance panel files them under. */
const KIND: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ScheduleStyleRecalculation: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  HitTest: 'layout',
  IntersectionObserverController: 'layout',
};
const kindOf = (e: TraceEvent) =>
  KIND[e.name] ??
  (/^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|V8\.|v8\.|EvaluateScript|MajorGC|MinorGC|GCEvent)/.test(e.name)
    ? 'script'
    : 'other');

const server = await serve(dist, Number(process.env.BENCH_PORT ?? 4305));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const { context, page, cell } = await keysPage(browser, server.url, floor, throttle, seedDraftText(SEED_FILES[2] ?? ''));
  const watched = floor ? '#total' : 'output[data-cell="t3.newReceived.total"]';
  const css = option('--css', '');
  // Through the CSSOM: the page's Content-Security-Policy refuses a <style> tag.
  if (css)
    await page.evaluate((rules) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, css);
  await page.locator(cell).focus();
  await page.waitForTimeout(2500);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories:
      'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack,disabled-by-default-devtools.timeline.invalidationTracking,v8.execute,blink.user_timing,v8',
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i < keys; i++) {
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement).select(), cell);
    await page.evaluate((selector) => {
      const output = document.querySelector(selector) as Element;
      const before = output.textContent;
      let start = 0;
      window.addEventListener('keydown', (e) => (start = e.timeStamp), { once: true, capture: true });
      const observer = new MutationObserver(() => {
        if (output.textContent === before) return;
        observer.disconnect();
        requestAnimationFrame(() => performance.measure('keystroke', { start, end: performance.now() } as PerformanceMeasureOptions));
      });
      observer.observe(output, { subtree: true, childList: true, characterData: true });
    }, watched);
    await page.keyboard.press(String((i % 9) + 1));
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  report(events);
} finally {
  await browser.close();
  await server.close();
}

function report(events: TraceEvent[]) {
  const measures = events.filter((e) => e.name === 'keystroke' && e.cat.includes('blink.user_timing'));
  const begins = measures.filter((e) => e.ph === 'b' || e.ph === 'B');
  const ends = measures.filter((e) => e.ph === 'e' || e.ph === 'E');
  const pid = begins[0]?.pid;
  const main = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const thread = events.filter((e) => e.pid === pid && e.tid === main && e.ph === 'X' && e.dur !== undefined);
  thread.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const perKey: Map<string, number>[] = [];
  begins.forEach((b, i) => {
    const end = ends[i]?.ts ?? b.ts;
    const totals = new Map<string, number>();
    const add = (k: string, us: number) => totals.set(k, (totals.get(k) ?? 0) + us / 1000);
    add('window', end - b.ts);
    // Self time of each event, clipped to the window: a stack of open events, innermost last.
    const inWindow = thread.filter((e) => e.ts < end && e.ts + (e.dur ?? 0) > b.ts);
    const stack: TraceEvent[] = [];
    const clip = (e: TraceEvent) => Math.max(0, Math.min(end, e.ts + (e.dur ?? 0)) - Math.max(b.ts, e.ts));
    const self = new Map<TraceEvent, number>();
    for (const e of inWindow) {
      while (stack.length && (stack[stack.length - 1]?.ts ?? 0) + (stack[stack.length - 1]?.dur ?? 0) <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      self.set(e, clip(e));
      if (parent) self.set(parent, (self.get(parent) ?? 0) - clip(e));
      stack.push(e);
      if (!parent) add('busy', clip(e));
      if (e.name === 'Layout' && clip(e) > 0) {
        const chain = stack
          .slice(0, -1)
          .map((x) =>
            x.name === 'EventDispatch'
              ? `${x.name}(${x.args?.data?.type ?? ''})`
              : x.name === 'FunctionCall'
                ? `FunctionCall(${x.args?.data?.functionName ?? ''}:${x.args?.data?.lineNumber ?? ''})`
                : x.name,
          );
        const top = e.args?.beginData?.stackTrace?.[0];
        add(
          `layout under ${chain.join(' > ')}${top ? ` [${top.functionName} ${top.url.replace(/.*\//, '')}:${top.lineNumber}]` : ''}`,
          clip(e),
        );
        const roots = (e.args as { endData?: { layoutRoots?: { nodeName?: string }[] } } | undefined)?.endData?.layoutRoots ?? [];
        add(
          `layout of ${roots.map((r) => (r.nodeName ?? '').replace(/ .*/, '')).join('+')} (${e.args?.beginData?.totalObjects ?? '?'} objects)`,
          clip(e),
        );
        add('layout objects (dirty)', (e.args?.beginData?.dirtyObjects ?? 0) * 1000);
        add('layout objects (total)', (e.args?.beginData?.totalObjects ?? 0) * 1000);
      }
    }
    for (const [e, us] of self) {
      add(`kind ${kindOf(e)}`, us);
      const detail =
        e.name === 'EventDispatch' || e.name === 'TimerFire'
          ? `${e.name}(${e.args?.data?.type ?? ''})`
          : e.name === 'FunctionCall'
            ? `${e.name}(${e.args?.data?.functionName ?? ''} ${(e.args?.data?.url ?? '').replace(/.*\//, '')}:${e.args?.data?.lineNumber ?? ''})`
            : e.name;
      add(`event ${detail}`, us);
    }
    for (const e of events) {
      if (e.pid !== pid || e.ts < b.ts || e.ts > end || !/InvalidationTracking/.test(e.name)) continue;
      const d = (e.args as { data?: { reason?: string; nodeName?: string } } | undefined)?.data;
      add(`invalidation ${e.name} ${d?.reason ?? ''} ${d?.nodeName ?? ''}`, 1000);
    }
    if (args.includes('--dump') && i === 5)
      for (const e of events.filter((x) => x.pid === pid && x.ts >= b.ts && x.ts <= end && x.tid === main).sort((p, q) => p.ts - q.ts)) {
        if (!/Invalidation|Layout|EventDispatch|FunctionCall|UpdateLayoutTree|TimerFire/.test(e.name)) continue;
        process.stdout.write(
          `${((e.ts - b.ts) / 1000).toFixed(2).padStart(8)} ${((e.dur ?? 0) / 1000).toFixed(2).padStart(6)} ${e.name} ${JSON.stringify(e.args).slice(0, 300)}\n`,
        );
      }
    perKey.push(totals);
  });
  if (args.includes('--worst')) {
    const worst = [...perKey].sort((a, b) => (b.get('window') ?? 0) - (a.get('window') ?? 0)).slice(0, Number(option('--worst', '3')));
    for (const m of worst) {
      process.stdout.write(`slow keystroke: window ${(m.get('window') ?? 0).toFixed(2)} ms\n`);
      for (const [name, ms] of [...m]
        .filter(([n]) => n.startsWith('event '))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8))
        process.stdout.write(`  ${ms.toFixed(2).padStart(8)}  ${name}\n`);
    }
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor((s.length - 1) / 2)] ?? 0;
  };
  const names = new Set(perKey.flatMap((m) => [...m.keys()]));
  const rows = [...names]
    .map((name) => ({
      name,
      median: median(perKey.map((m) => m.get(name) ?? 0)),
      mean: perKey.reduce((s, m) => s + (m.get(name) ?? 0), 0) / perKey.length,
    }))
    .filter((r) => r.mean >= 0.05)
    .sort((a, b) => a.name.split(' ')[0]!.localeCompare(b.name.split(' ')[0]!) || b.mean - a.mean);
  process.stdout.write(`${floor ? 'floor' : 'app'} ×${throttle}, ${perKey.length} keystrokes (ms per keystroke)\n`);
  process.stdout.write(`${'median'.padStart(8)} ${'mean'.padStart(8)}\n`);
  for (const r of rows) process.stdout.write(`${r.median.toFixed(2).padStart(8)} ${r.mean.toFixed(2).padStart(8)}  ${r.name}\n`);
}
