/**
 * `check` over many files on every core: worker threads each check the files they are handed, a
 * few at a time, while the main thread checks its share too. Each row goes back to its input
 * place, so what is printed (and the exit code) is what the single-thread run gives.
 *
 * A worker runs this very module (workerData.role says so): from the bundle, the chunk holding
 * this code; from the TypeScript sources, through source-worker.mjs, which registers tsx first.
 */
import { Worker, isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { nodeIo, type CliIo } from '../io.ts';
import type { SummaryFormat } from '../summary-table.ts';
import { checkOne, type CheckedFile } from './check-one.ts';

const ROLE = 'nianbao-check';
/** Files handed to a thread at a time: few, so that no thread is left alone with a long tail. */
const CHUNK = 8;
/** Chunks a worker holds at a time. */
const IN_FLIGHT = 2;

interface Setup {
  role: typeof ROLE;
  format: SummaryFormat;
  /** The run's date. */
  today: string;
  /** This module, for source-worker.mjs to import. */
  entry: string;
}
interface Chunk {
  start: number;
  paths: string[];
}
/** A file's row, or the bug that stopped it (thrown again in input order, as the single thread would). */
type Outcome = { ok: true; file: CheckedFile } | { ok: false; name: string; message: string };
type Reply = { kind: 'ready' } | { kind: 'done'; start: number; outcomes: Outcome[] };

async function outcomeOf(io: CliIo, path: string, format: SummaryFormat, today: string): Promise<Outcome> {
  try {
    return { ok: true, file: await checkOne(io, path, format, today) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, name: e.name, message: e.message };
  }
}

function serve(setup: Setup, port: MessagePort): void {
  const io = nodeIo;
  // One chunk after the other, in the order sent.
  let queue = Promise.resolve();
  port.on('message', (chunk: Chunk) => {
    queue = queue.then(async () => {
      const outcomes: Outcome[] = [];
      for (const path of chunk.paths) outcomes.push(await outcomeOf(io, path, setup.format, setup.today));
      port.postMessage({ kind: 'done', start: chunk.start, outcomes } satisfies Reply);
    });
  });
  port.postMessage({ kind: 'ready' } satisfies Reply);
}

if (!isMainThread && parentPort && (workerData as Partial<Setup> | null)?.role === ROLE) serve(workerData as Setup, parentPort);

function startWorker(setup: Setup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(import.meta.url), { workerData: setup });
  // A variable, not a literal: Vite would take `new URL('…', import.meta.url)` for an asset to bundle.
  const boot = '../source-worker.mjs';
  return new Worker(new URL(boot, import.meta.url), { workerData: setup });
}

/** The files checked on `threads` threads (the main one and threads − 1 workers), in input order. */
export async function checkInThreads(
  io: CliIo,
  paths: readonly string[],
  format: SummaryFormat,
  today: string,
  threads: number,
): Promise<CheckedFile[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  // Chunks of a worker that failed to start or died: the main thread checks them.
  const orphans: Chunk[] = [];
  const take = (): Chunk | undefined => {
    if (orphans.length) return orphans.pop();
    if (next >= paths.length) return undefined;
    const start = next;
    next = Math.min(paths.length, next + CHUNK);
    return { start, paths: paths.slice(start, next) };
  };
  const setup: Setup = { role: ROLE, format, today, entry: import.meta.url };
  // Once the main thread has nothing left to take, a worker still starting is not waited for.
  let closing = false;
  const idle: (() => void)[] = [];
  const finished = Array.from(
    { length: threads - 1 },
    () =>
      new Promise<Worker>((resolve) => {
        const worker = startWorker(setup);
        // Chunks sent and not answered yet: the next one waits in the worker's queue, so it never
        // idles while the main thread, busy with a chunk of its own, has not read its reply.
        const inFlight = new Map<number, Chunk>();
        const done = () => {
          inFlight.clear();
          resolve(worker);
        };
        const handOut = () => {
          while (!closing && inFlight.size < IN_FLIGHT) {
            const chunk = take();
            if (!chunk) break;
            inFlight.set(chunk.start, chunk);
            worker.postMessage(chunk);
          }
          if (inFlight.size === 0) done();
        };
        idle.push(() => inFlight.size === 0 && done());
        worker.on('message', (reply: Reply) => {
          if (reply.kind === 'done') {
            reply.outcomes.forEach((o, i) => (outcomes[reply.start + i] = o));
            inFlight.delete(reply.start);
          }
          handOut();
        });
        // A worker that cannot start or dies: its chunks go back to the main thread.
        const lost = () => {
          orphans.push(...inFlight.values());
          done();
        };
        worker.on('error', lost);
        worker.on('exit', lost);
      }),
  );
  const work = async () => {
    for (let chunk = take(); chunk; chunk = take()) {
      for (const [i, path] of chunk.paths.entries()) outcomes[chunk.start + i] = await outcomeOf(io, path, format, today);
      // A macrotask turn between chunks: the workers' replies are read and they get their next chunk.
      await new Promise(setImmediate);
    }
  };
  // outcomeOf catches every failure: the work cannot throw, and every worker is ended below.
  await work();
  closing = true;
  for (const settle of idle) settle();
  const workers = await Promise.all(finished);
  await work();
  await Promise.all(workers.map((w) => w.terminate()));
  return paths.map((_, i) => {
    const outcome = outcomes[i];
    if (!outcome) throw new Error(`no outcome for file ${i}`);
    if (!outcome.ok) throw Object.assign(new Error(outcome.message), { name: outcome.name });
    return outcome.file;
  });
}
