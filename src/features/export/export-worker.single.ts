/** The single-file build's export worker: inline, started from a blob: URL (see rules-worker.single.ts). */
import ExportWorker from './export.worker.ts?worker&inline';

export function startExportWorker(): Worker {
  return new ExportWorker({ name: 'export' });
}
