/**
 * Starts the import worker of the served build (a file next to the page). The single-file build
 * swaps this module for import-worker.single.ts (vite.config.ts), which carries the worker inline.
 */
export function startImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
}
