/** The single-file build's import worker: inline, started from a blob: URL (see rules-worker.single.ts). */
import ImportWorker from './import.worker.ts?worker&inline';

export function startImportWorker(): Worker {
  return new ImportWorker({ name: 'import' });
}
