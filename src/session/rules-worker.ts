/**
 * Starts the rules worker of the served build (a file next to the page). The single-file build
 * swaps this module for rules-worker.single.ts (vite.config.ts), which carries the worker inline.
 */
export function startRulesWorker(): Worker {
  return new Worker(new URL('./rules.worker.ts', import.meta.url), { type: 'module', name: 'rules' });
}
