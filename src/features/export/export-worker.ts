/**
 * Starts the export worker of the served build (a file next to the page). The single-file build
 * swaps this module for export-worker.single.ts (vite.config.ts), which carries the worker inline.
 */
export function startExportWorker(): Worker {
  return new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'export' });
}
