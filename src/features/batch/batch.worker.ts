/**
 * Reads and checks the reviewer's files off the UI thread: a few hundred reports must not freeze the
 * page. One file per message, one row back each; the page cancels by terminating the worker.
 */
import { loadImporter } from './importer.ts';
import { reviewFile, type ReviewRow } from './review.ts';

export interface BatchRequest {
  index: number;
  file: string;
  bytes: ArrayBuffer;
  today: string;
}
export interface BatchReply {
  index: number;
  row: ReviewRow;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<BatchRequest>) => void) | null; postMessage(reply: BatchReply): void };
// Files are read one after another, in the order they were sent: a queue of promises.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e) => {
  const { index, file, bytes, today } = e.data;
  queue = queue.then(async () => {
    let row: ReviewRow;
    try {
      row = await reviewFile(file, new Uint8Array(bytes), await loadImporter(), today);
    } catch (error) {
      // A file that breaks the reader is its own red row; the run goes on.
      row = { file, ok: false, problem: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
    scope.postMessage({ index, row });
  });
};
