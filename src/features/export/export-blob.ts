/**
 * A .docx, web page or .xlsx of the report, built in the export worker when the browser gives one,
 * else on this thread. One worker is kept for the page's life and given one request at a time: a
 * new worker per export would load and compile the builders (docx, exceljs) again every time,
 * which made every export as slow as the first. A worker that cannot start (a policy, the server
 * gone since the page loaded) hands the work to this thread, and this page stops trying workers;
 * an error of the builder itself is thrown here, as it would be had it run here.
 */
import { buildExport, type ExportReply, type ExportRequest } from './export.worker.ts';
import { startExportWorker } from './export-worker.ts';
import { startOrNull, type WorkerLike } from '../../session/worker-client.ts';

const tryWorker = (): WorkerLike | null => startOrNull(startExportWorker);

type Pending = { resolve(blob: Blob): void; reject(error: Error): void; request: ExportRequest };

export function createExporter(start: () => WorkerLike | null = tryWorker): (request: ExportRequest) => Promise<Blob> {
  let worker: WorkerLike | null | undefined;
  /** The request the worker is building: it answers one message per request, in order. */
  let current: Pending | null = null;
  const queue: Pending[] = [];

  const next = () => {
    if (current || !worker) return;
    current = queue.shift() ?? null;
    if (current) worker.postMessage(current.request);
  };
  const giveUp = (active: WorkerLike) => {
    active.terminate();
    worker = null;
    // What was waiting for the worker is built here, in order.
    for (const job of [current, ...queue.splice(0)]) if (job) buildExport(job.request).then(job.resolve, job.reject);
    current = null;
  };
  const connect = (active: WorkerLike) => {
    active.addEventListener('message', (e: MessageEvent<ExportReply>) => {
      const job = current;
      if (!job) return;
      current = null;
      if (e.data.ok) job.resolve(e.data.blob);
      else job.reject(new Error(e.data.message));
      next();
    });
    active.addEventListener('error', (e: ErrorEvent) => {
      e.preventDefault();
      giveUp(active);
    });
  };

  return (request) => {
    if (worker === undefined) {
      worker = start();
      if (worker) connect(worker);
    }
    if (!worker) return buildExport(request);
    return new Promise<Blob>((resolve, reject) => {
      queue.push({ resolve, reject, request });
      next();
    });
  };
}

/** The page's exporter: one worker, started with the first export. */
export const exportBlob = createExporter();
