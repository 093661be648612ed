/**
 * Opening a draft file the user chose or dropped: read and parsed in a worker when the browser
 * gives one (a 4 MB draft then never blocks the page), else on this thread. A worker that cannot
 * start (a policy, an old browser) hands the file to this thread; a file that cannot be read
 * rejects, as reading it here would.
 */
import type { DraftParseResult } from '../report/draft/parse.ts';
import { loadDraftCodec } from './draft-codec.ts';
import type { DraftReply } from './draft-read.ts';
import { startDraftWorker } from './draft-worker.ts';

/** What readDraftFile needs of a Worker (a test gives a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

function tryWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return startDraftWorker();
  } catch {
    return null;
  }
}

/** A worker started ahead of the next open (prepareDraftReader), so that open does not wait for its start. */
let ready: WorkerLike | null = null;

/**
 * Starts the draft worker before a file is chosen: when the page is idle and when 打开草稿 is
 * clicked (the file chooser then takes the user seconds). The worker starts with its own copy of
 * the parser, which an open would otherwise wait for.
 */
export function prepareDraftReader(): Promise<void> {
  ready ??= tryWorker();
  return Promise.resolve();
}

function take(start: () => WorkerLike | null): WorkerLike | null {
  if (start !== tryWorker || !ready) return start();
  const worker = ready;
  ready = null;
  return worker;
}

async function here(file: File): Promise<DraftParseResult> {
  const [text, { parseDraft }] = await Promise.all([file.text(), loadDraftCodec()]);
  return parseDraft(text, file.size);
}

export function readDraftFile(file: File, start: () => WorkerLike | null = tryWorker): Promise<DraftParseResult> {
  const worker = take(start);
  if (!worker) return here(file);
  return new Promise<DraftParseResult>((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      worker.terminate();
    };
    worker.addEventListener('message', (e: MessageEvent<DraftReply>) => {
      if (settled) return;
      finish();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.message));
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      if (settled) return;
      e.preventDefault();
      finish();
      here(file).then(resolve, reject);
    });
    worker.postMessage(file);
  });
}
