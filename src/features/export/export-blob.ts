/**
 * A .docx or web page of the report, built in the export worker when the browser gives one, else
 * on this thread. A worker that cannot start (a policy, the server gone since the page loaded)
 * hands the work to this thread; an error of the builder itself is thrown here, as it would be
 * had it run here.
 */
import { buildExport, type ExportReply, type ExportRequest } from './export.worker.ts';
import { startExportWorker } from './export-worker.ts';

/** What exportBlob needs of a Worker (a test gives a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

function tryWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return startExportWorker();
  } catch {
    return null;
  }
}

export function exportBlob(request: ExportRequest, start: () => WorkerLike | null = tryWorker): Promise<Blob> {
  const worker = start();
  if (!worker) return buildExport(request);
  return new Promise<Blob>((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      worker.terminate();
    };
    worker.addEventListener('message', (e: MessageEvent<ExportReply>) => {
      if (settled) return;
      finish();
      if (e.data.ok) resolve(e.data.blob);
      else reject(new Error(e.data.message));
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      if (settled) return;
      e.preventDefault();
      finish();
      buildExport(request).then(resolve, reject);
    });
    worker.postMessage(request);
  });
}
