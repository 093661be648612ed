/**
 * Opening a draft file the user chose or dropped: a large one is read and parsed in a worker when
 * the browser gives one (a 4 MB draft then never blocks the page), the rest on this thread. A
 * worker that cannot start (a policy, an old browser) hands the file to this thread; a file that
 * cannot be read rejects, as reading it here would.
 */
import type { DraftParseResult } from '../report/draft/parse.ts';
import { loadDraftCodec } from './draft-codec.ts';
import type { DraftReply } from './draft-read.ts';
import { startDraftWorker } from './draft-worker.ts';
import { askOnce, startOrNull, type WorkerLike } from './worker-client.ts';

/**
 * Files from this size on are parsed in the worker. A smaller one is parsed here, in a task of some
 * 20–70 ms for 1 MB (a full report is under 100 KB): a worker's start, with its own copy of the parser
 * to fetch and compile, would make the open wait longer than that. For 4 MB it was 280–400 ms.
 */
export const WORKER_FROM_BYTES = 1.5 * 1024 * 1024;

const tryWorker = (): WorkerLike | null => startOrNull(startDraftWorker);

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

export function readDraftFile(
  file: File,
  start: () => WorkerLike | null = tryWorker,
  workerFrom = WORKER_FROM_BYTES,
): Promise<DraftParseResult> {
  if (file.size < workerFrom) return here(file);
  const worker = take(start);
  if (!worker) return here(file);
  return askOnce(
    worker,
    file,
    (reply: Extract<DraftReply, { ok: true }>) => reply.result,
    () => here(file),
  );
}

/**
 * Stored drafts from this length on (characters: a draft's JSON of Chinese text is some 3 bytes a
 * character, so about where a file goes to the worker) are parsed in the worker at startup. The
 * worker starts while the page loads its language and parser, so a smaller one gains nothing there.
 */
export const STORED_IN_WORKER_FROM = WORKER_FROM_BYTES / 3;

/**
 * The stored draft's text parsed: in the draft worker when it is large and the browser gives one
 * (a 4 MB draft parsed at startup was some 150 ms of one long task, with the first rules run), else here.
 */
export function readStoredText(
  text: string,
  start: () => WorkerLike | null = tryWorker,
  workerFrom = STORED_IN_WORKER_FROM,
): Promise<DraftParseResult> {
  const hereText = () => loadDraftCodec().then(({ parseDraft }) => parseDraft(text));
  const worker = text.length < workerFrom ? null : start();
  if (!worker) return hereText();
  return askOnce(worker, text, (reply: Extract<DraftReply, { ok: true }>) => reply.result, hereText);
}
