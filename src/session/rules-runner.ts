/**
 * Runs the rules for the session: in a worker when the browser gives one, so a long prose check
 * never blocks typing, else on this thread when the page is idle. Each request is versioned; a
 * reply is applied only if no newer snapshot was sent or analysed since (stale ones are dropped).
 * One run at a time: snapshots sent while the worker is busy wait, and only the newest is sent.
 * The worker starts with the first request (the first edit): the findings of the opened draft are
 * computed here, so the first screen does not wait for the worker's file.
 */
import type { Finding } from '../report/findings.ts';
import type { Report } from '../report/schema.ts';
import { runRules } from '../report/rules/engine.ts';
import type { RulesReply } from './rules.worker.ts';
import { startRulesWorker } from './rules-worker.ts';
import { startOrNull } from './worker-client.ts';

export interface RulesRunner {
  /** Analyse `report` in the background; `apply` gets its findings unless a newer run overtook it. */
  request(report: Report): void;
  /** Forget any run in flight (a synchronous run has just produced newer findings). */
  supersede(): void;
}

const tryWorker = (): Worker | null => startOrNull(startRulesWorker);

type Idle = (callback: () => void, options: { timeout: number }) => number;

export function createRulesRunner(apply: (report: Report, findings: Finding[]) => void): RulesRunner {
  let version = 0;
  let inFlight: { version: number; report: Report } | null = null;
  let waiting: { version: number; report: Report } | null = null;
  /** undefined until the first request starts it; null when there is none (or it failed). */
  let worker: Worker | null | undefined;

  /** No worker (or it failed): run when the main thread is idle, at most a second later. */
  const runHere = (report: Report, v: number) => {
    const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
    const run = () => {
      if (v === version) apply(report, runRules(report));
    };
    if (idle) idle(run, { timeout: 1000 });
    else setTimeout(run, 0);
  };
  const send = (job: { version: number; report: Report }) => {
    if (worker === undefined) worker = start();
    if (!worker) return runHere(job.report, job.version);
    inFlight = job;
    worker.postMessage(job);
  };
  const onReply = (e: MessageEvent<RulesReply>) => {
    const sent = inFlight;
    if (!sent || e.data.version !== sent.version) return;
    inFlight = null;
    if (sent.version === version) apply(sent.report, e.data.findings);
    const next = waiting;
    waiting = null;
    if (next && next.version === version) send(next);
  };
  const onError = (e: ErrorEvent) => {
    // A worker that cannot start (a policy, an old browser) hands its work to this thread.
    e.preventDefault();
    worker?.terminate();
    worker = null;
    const lost = waiting ?? inFlight;
    inFlight = waiting = null;
    if (lost) runHere(lost.report, lost.version);
  };
  const start = () => {
    const started = tryWorker();
    started?.addEventListener('message', onReply);
    started?.addEventListener('error', onError);
    return started;
  };

  return {
    request(report) {
      const job = { version: ++version, report };
      if (inFlight) waiting = job;
      else send(job);
    },
    supersede() {
      version++;
    },
  };
}
