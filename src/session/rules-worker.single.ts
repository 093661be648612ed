/**
 * The single-file build's rules worker: inlined into the page and started from a blob: URL, since
 * a page opened from file:// cannot load a worker file (its policy allows `worker-src blob:`).
 */
import RulesWorker from './rules.worker.ts?worker&inline';

export function startRulesWorker(): Worker {
  return new RulesWorker({ name: 'rules' });
}
