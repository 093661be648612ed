/**
 * Pathological inputs timed at n and 2n (fastest of at least 3 runs) through the real entry points, with a linear-growth check
 * (time at 2n ≤ 2.5 × time at n) and an absolute budget (< 2 s at 2n). Each shape runs in its own
 * `node` process with a time limit, so a quadratic case (or one that runs out of memory) is
 * reported as such instead of hanging the bench.
 *
 *   npx tsx tools/bench/pathological.ts [--n 500000] [--only id,id] [--timeout 120] [--json FILE]
 *
 * Also run by `npm run bench` (bench.ts). Timings are never asserted in tests: the unit tests
 * count steps instead.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { round, table } from './stats.ts';

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GROWTH_LIMIT = 2.5;
export const TIME_LIMIT_MS = 2000;

export interface PathologicalRow {
  id: string;
  what: string;
  via: string;
  n: number;
  /** Milliseconds at n and 2n; null when the process did not finish (time limit, out of memory). */
  ms1: number | null;
  ms2: number | null;
  growth: number | null;
  ok: boolean;
  note: string;
}

/**
 * Runs per size; the fastest counts (the machine is shared: the others measure its load). A shape
 * that takes a few milliseconds runs until RUN_TIME_MS is spent, up to MAX_RUNS: with three runs,
 * pipeSeparator once read 8.8 ms at n and 25.1 ms at 2n (a false "super-linear"; 2.0× in reruns).
 */
const RUNS = 3;
const RUN_TIME_MS = 1000;
const MAX_RUNS = 30;

/** A full collection (the child runs with --expose-gc). */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

/** In the child: times one shape at n and 2n after a small warm-up, prints JSON. */
async function child(id: string, n: number): Promise<void> {
  const { shapeById } = await import('./pathological-shapes.ts');
  const shape = shapeById(id);
  const time = async (size: number) => {
    const run = await shape.prepare(size);
    let best = Infinity;
    let spent = 0;
    for (let i = 0; i < MAX_RUNS && (i < RUNS || spent < RUN_TIME_MS); i++) {
      // Each run starts from a collected heap: the garbage of the one before (or of the input at
      // n, when timing 2n) is not charged to it.
      collect();
      const start = performance.now();
      await run();
      const ms = performance.now() - start;
      best = Math.min(best, ms);
      spent += ms;
    }
    return best;
  };
  await time(Math.max(1000, Math.floor(n / 50)));
  const ms1 = await time(n);
  const ms2 = await time(2 * n);
  process.stdout.write(`${JSON.stringify({ ms1, ms2 })}\n`);
}

function runChild(id: string, n: number, timeoutSeconds: number): Promise<{ ms1: number; ms2: number } | { error: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, '--child', id, String(n)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutSeconds * 1000);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve({ error: `over ${timeoutSeconds} s` });
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) return resolve(JSON.parse(line) as { ms1: number; ms2: number });
      const reason = /heap out of memory/i.test(err)
        ? 'out of memory'
        : (err
            .trim()
            .split('\n')
            .find((l) => /Error/.test(l)) ?? `exit ${code}`);
      resolve({ error: reason.slice(0, 80) });
    });
  });
}

export async function pathological(
  options: { n?: number; only?: string[]; timeoutSeconds?: number; log?: (line: string) => void } = {},
): Promise<PathologicalRow[]> {
  const { SHAPES } = await import('./pathological-shapes.ts');
  const n = options.n ?? 500_000;
  const rows: PathologicalRow[] = [];
  for (const shape of SHAPES.filter((s) => !options.only || options.only.includes(s.id))) {
    options.log?.(`pathological: ${shape.id} at ${n} and ${2 * n}…`);
    const result = await runChild(shape.id, n, options.timeoutSeconds ?? 120);
    if ('error' in result) {
      rows.push({ id: shape.id, what: shape.what, via: shape.via, n, ms1: null, ms2: null, growth: null, ok: false, note: result.error });
      continue;
    }
    // Below a few milliseconds the ratio is noise (timer, GC): the absolute budget is what counts.
    const growth = result.ms2 / Math.max(result.ms1, 1);
    const linear = growth <= GROWTH_LIMIT || result.ms2 < 20;
    const fast = result.ms2 < TIME_LIMIT_MS;
    rows.push({
      id: shape.id,
      what: shape.what,
      via: shape.via,
      n,
      ms1: round(result.ms1, 1),
      ms2: round(result.ms2, 1),
      growth: round(growth),
      ok: linear && fast,
      note: [linear ? '' : 'super-linear', fast ? '' : `over ${TIME_LIMIT_MS} ms`].filter(Boolean).join(', '),
    });
  }
  return rows;
}

export function pathologicalTable(rows: readonly PathologicalRow[]): string {
  return table([
    ['shape', 'via', 'n', 'ms at n', 'ms at 2n', '2n/n', 'ok', ''],
    ...rows.map((r) => [r.id, r.via, r.n, r.ms1 ?? '-', r.ms2 ?? '-', r.growth ?? '-', r.ok ? 'ok' : 'MISSED', r.note || r.what]),
  ]);
}

const args = process.argv.slice(2);
if (process.argv[1] === SELF) {
  if (args[0] === '--child') await child(args[1] ?? '', Number(args[2]));
  else {
    const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
    const rows = await pathological({
      n: option('--n') ? Number(option('--n')) : undefined,
      only: option('--only')?.split(','),
      timeoutSeconds: option('--timeout') ? Number(option('--timeout')) : undefined,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(
      `${pathologicalTable(rows)}\n\nlinear growth: time at 2n ≤ ${GROWTH_LIMIT} × time at n; budget: < ${TIME_LIMIT_MS} ms at 2n\n`,
    );
    const json = option('--json');
    if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
    process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
  }
}
