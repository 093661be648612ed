/** The single-file build's review worker: inline, started from a blob: URL (see rules-worker.single.ts). */
import BatchWorker from './batch.worker.ts?worker&inline';

export function startBatchWorker(): Worker {
  return new BatchWorker({ name: 'batch' });
}
