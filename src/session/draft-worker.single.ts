/** The single-file build's draft worker: inline, started from a blob: URL (see rules-worker.single.ts). */
import DraftWorker from './draft.worker.ts?worker&inline';

export function startDraftWorker(): Worker {
  return new DraftWorker({ name: 'draft' });
}
