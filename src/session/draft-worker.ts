/**
 * Starts the draft worker of the served build (a file next to the page). The single-file build
 * swaps this module for draft-worker.single.ts (vite.config.ts), which carries the worker inline.
 */
export function startDraftWorker(): Worker {
  return new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module', name: 'draft' });
}
