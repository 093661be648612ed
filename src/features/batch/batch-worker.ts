/**
 * Starts the review worker of the served build (a file next to the page). The single-file build
 * swaps this module for batch-worker.single.ts (vite.config.ts), which carries the worker inline.
 */
export function startBatchWorker(): Worker {
  return new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module', name: 'batch' });
}
