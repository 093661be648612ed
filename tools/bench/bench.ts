/**
 * `npm run bench`: builds the app, serves dist/ on 127.0.0.1, drives Debian's Chromium with
 * Playwright and prints the measured budgets (JSON, then a readable table). Not part of the tests:
 * timings belong here, never in assertions. Options: --no-build, --quick (fewer repetitions),
 * --json FILE (also write the JSON there), --dist DIR (serve another build, e.g. of an older commit,
 * to compare under the same machine load), --no-pathological (skip the pathological inputs of
 * pathological.ts and, in the browser, pathological-browser.ts, which run after the other
 * measures), --keys-only (just the keystroke latency,
 * repeated --repeats N times (default 5) at ×1 and ×4, and React commits per keystroke),
 * --open-only (just opening the 1 MB draft, --repeats N times, default 30: its parts, file chosen →
 * dialog and 打开 → wizard, and the longest main-thread task of each run).
 * BENCH_PORT picks the port (default 4305).
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { coldLoad, exports, keystrokes, openDraft } from './browser.ts';
import { draftOfSize, filledSeed002, SEED_FILES, seedDraftText } from './fixtures.ts';
import { nodeSide } from './node-side.ts';
import { pathological, pathologicalTable, GROWTH_LIMIT, TIME_LIMIT_MS, type PathologicalRow } from './pathological.ts';
import { browserChecks, browserTable, pathologicalBrowser } from './pathological-browser.ts';
import { serve } from './server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';
import { check, table, type Check, type Figure } from './stats.ts';
import { keysOnly } from './keys-only.ts';
import { batchReview, cliBatch } from './batch.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const port = Number(process.env.BENCH_PORT ?? 4305);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;
const log = (line: string) => process.stderr.write(`${line}\n`);

const keysOnlyRun = args.includes('--keys-only');
const openOnlyRun = args.includes('--open-only');
const repeats = (fallback: number) => (args.includes('--repeats') ? Number(args[args.indexOf('--repeats') + 1]) : fallback);
if (!args.includes('--no-build') && !dist) {
  log('building…');
  execSync('npx vite build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  // The bundled CLI too: the start-time figure is the bundle's.
  execSync('npx vite build -c vite.cli.config.ts', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const server = await serve(dist ?? `${ROOT}dist`, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
// A hard stop, so the bench never hangs on a machine where something goes wrong.
const deadline = setTimeout(() => {
  log('bench: time limit reached, stopping');
  process.exit(3);
}, 30 * 60_000);

// Before the top-level await below: a const declared after it is not yet initialised when
// everything() runs (the full bench crashed on its table with a ReferenceError).
/** A figure's table cells: median, p95, n. */
const f = (x: Figure) => [x.median, x.p95, x.n] as const;

try {
  if (keysOnlyRun) await keysOnly(browser, server.url, { keys: quick ? 40 : 100, repeats: repeats(5), jsonOut, log });
  else if (openOnlyRun) await openOnly(repeats(30));
  else await everything();
} finally {
  clearTimeout(deadline);
  await browser.close();
  await server.close();
}

async function openOnly(runs: number) {
  const organ = (JSON.parse(seedDraftText(SEED_FILES[2] ?? '')) as { report: { organ: { name: string } } }).report.organ.name;
  const opened = await openDraft(browser, server.url, draftOfSize(1024 * 1024), organ, runs);
  process.stdout.write(
    `${table([
      ['open 1 MB draft (ms)', 'median', 'p95', 'n'],
      ['total', ...f(opened.total)],
      ['file chosen → dialog', ...f(opened.toDialog)],
      ['打开 → wizard', ...f(opened.toWizard)],
      ['longest main-thread task', ...f(opened.longestTask)],
    ])}\n`,
  );
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(opened, null, 2));
}

async function everything() {
  const keys = quick ? 40 : 150;
  const seed002 = seedDraftText(SEED_FILES[2] ?? '');
  const organ = (JSON.parse(seed002) as { report: { organ: { name: string } } }).report.organ.name;
  log('keystrokes…');
  const typing = await keystrokes(browser, server.url, seed002, 1, keys);
  log('keystrokes, CPU ×4…');
  const throttled = await keystrokes(browser, server.url, seed002, 4, keys);
  log('export…');
  const exported = await exports(browser, server.url, filledSeed002(3000), quick ? 3 : 7, quick ? 5 : 15);
  log('open a 1 MB draft…');
  const big = draftOfSize(1024 * 1024);
  const opened = await openDraft(browser, server.url, big, organ, quick ? 3 : 9);
  log('cold load…');
  const load = await coldLoad(browser, server.url, quick ? 5 : 15);
  log('batch review of 200 reports…');
  const batch = await batchReview(browser, server.url, quick ? 50 : 200);
  log('node side…');
  const node = await nodeSide(quick ? 200 : 1000);
  const cliMany = cliBatch(quick ? 200 : 1000);
  // Each shape at n and 2n in its own process (pathological.ts); --quick halves n.
  const slow: PathologicalRow[] = args.includes('--no-pathological') ? [] : await pathological({ n: quick ? 250_000 : 500_000, log });
  // The same shapes through the app's own entry points: the longest main-thread task of each step.
  const slowInBrowser = args.includes('--no-pathological') ? [] : await pathologicalBrowser(browser, server.url, { log });

  const ratio = (a: Figure, b: Figure) => ({ median: +(a.median / b.median).toFixed(2), p95: +(a.p95 / b.p95).toFixed(2) });
  const kb = (bytes: number) => +(bytes / 1024).toFixed(1);
  const summary = {
    machine: { cores: (await import('node:os')).cpus().length, chromium: browser.version() },
    keystrokeMs: { app: typing.app, floor: typing.floor, ratio: ratio(typing.app, typing.floor) },
    keystrokeThrottled4xMs: { app: throttled.app, floor: throttled.floor, ratio: ratio(throttled.app, throttled.floor) },
    exportMs: { first: exported.first, warm: exported.warm },
    openDraft1MBMs: { ...opened, bytes: Buffer.byteLength(big) },
    coldLoadMs: { interactive: load.interactive, domContentLoaded: load.domContentLoaded },
    sizeKB: {
      jsBeforeExport: { raw: kb(load.bytes.js.raw), gzip: kb(load.bytes.js.gzip) },
      cssBeforeExport: { raw: kb(load.bytes.css.raw), gzip: kb(load.bytes.css.gzip) },
      docxChunk: exported.docxChunk
        ? { file: exported.docxChunk.file, raw: kb(exported.docxChunk.raw), gzip: kb(exported.docxChunk.gzip) }
        : null,
      filesBeforeExport: load.bytes.files,
    },
    cspViolations: load.cspViolations,
    batch,
    node: { ...node, ...cliMany },
    pathological: slow,
    pathologicalBrowser: slowInBrowser,
  };
  const checks: Check[] = [
    check('keystroke p95', typing.app.p95, '<=', 16, 'ms'),
    check('keystroke p95 / floor p95', summary.keystrokeMs.ratio.p95, '<=', 1.5, '×'),
    check('keystroke ×4 p95', throttled.app.p95, '<=', 50, 'ms'),
    check('keystroke ×4 p95 / floor p95', summary.keystrokeThrottled4xMs.ratio.p95, '<=', 1.5, '×'),
    check('warm export p95', exported.warm.p95, '<=', 150, 'ms'),
    check('first export p95', exported.first.p95, '<=', 600, 'ms'),
    check('open 1 MB draft p95', opened.total.p95, '<=', 200, 'ms'),
    check('cold load p95', load.interactive.p95, '<=', 800, 'ms'),
    check('JS before export (gzip)', summary.sizeKB.jsBeforeExport.gzip, '<=', 150, 'KB'),
    check('rule engine (cli check)', node.cliCheck.reportsPerSecond, '>=', 2000, 'reports/s'),
    check(`batch review of ${batch.reports} reports`, batch.totalMs, '<=', 10_000, 'ms'),
    check('batch review: longest main-thread task', batch.longestTaskMs, '<=', 100, 'ms'),
    check(`cli check of ${cliMany.checkMany.drafts} drafts, one process`, cliMany.checkMany.reportsPerSecond, '>=', 2000, 'reports/s'),
    check('cli start (new process) p95', cliMany.start.p95, '<=', 300, 'ms'),
    ...slow.flatMap((r) => [
      check(`${r.id}: ms at 2n`, r.ms2 ?? Infinity, '<=', TIME_LIMIT_MS, 'ms'),
      // Below 20 ms the ratio is noise; pathological.ts counts such a shape as linear.
      check(`${r.id}: 2n/n`, r.ms2 !== null && r.ms2 < 20 ? 1 : (r.growth ?? Infinity), '<=', GROWTH_LIMIT, '×'),
    ]),
    ...browserChecks(slowInBrowser),
  ];
  const result = { ...summary, checks };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n\n`);
  process.stdout.write(
    `${table([
      ['measure', 'median', 'p95', 'n'],
      ['keystroke, app (ms)', ...f(typing.app)],
      ['keystroke, floor (ms)', ...f(typing.floor)],
      ['keystroke ×4, app (ms)', ...f(throttled.app)],
      ['keystroke ×4, floor (ms)', ...f(throttled.floor)],
      ['export, first (ms)', ...f(exported.first)],
      ['export, warm (ms)', ...f(exported.warm)],
      ['open 1 MB draft (ms)', ...f(opened.total)],
      ['cold load → interactive (ms)', ...f(load.interactive)],
      ['cli export, in-process (ms)', ...f(node.cliExport.inProcess)],
      ['cli export, new process (ms)', ...f(node.cliExport.process)],
      ['cli start, new process (ms)', ...f(cliMany.start)],
    ])}\n\n${table([
      ['size', 'raw KB', 'gzip KB'],
      ['JS before export', summary.sizeKB.jsBeforeExport.raw, summary.sizeKB.jsBeforeExport.gzip],
      ['CSS before export', summary.sizeKB.cssBeforeExport.raw, summary.sizeKB.cssBeforeExport.gzip],
      ['docx chunk', summary.sizeKB.docxChunk?.raw ?? '-', summary.sizeKB.docxChunk?.gzip ?? '-'],
    ])}\n\n${slow.length ? `pathological inputs (time at 2n ≤ ${GROWTH_LIMIT} × time at n, < ${TIME_LIMIT_MS} ms):\n${pathologicalTable(slow)}\n\n` : ''}${slowInBrowser.length ? `pathological inputs in the browser (no main-thread task over 200 ms):\n${browserTable(slowInBrowser)}\n\n` : ''}rule engine: cli check ${node.cliCheck.reportsPerSecond} reports/s, runRules alone ${node.rules.reportsPerSecond} reports/s; CSP violations: ${load.cspViolations}\n\n${table(
      [['target', 'measured', 'limit', ''], ...checks.map((c) => [c.name, c.measured, c.target, c.ok ? 'ok' : 'MISSED'])],
    )}\n`,
  );
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2));
}
