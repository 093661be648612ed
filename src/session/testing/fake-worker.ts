/** Test support: a Worker stand-in for the code that hands work to a worker (import, export). */

import type { WorkerLike } from '../worker-client.ts';

export type { WorkerLike };

/**
 * A worker that answers (or fails) when a message is posted, and records what happened to it:
 * `answer` gets `post` (a reply, as the worker's message event) and `fail` (an error event).
 */
export function fakeWorker<Message, Reply>(answer: (post: (reply: Reply) => void, fail: (event: ErrorEvent) => void) => void) {
  const listeners: Record<string, ((e: never) => void)[]> = {};
  const log = { posted: [] as Message[], terminated: 0, prevented: 0 };
  const worker: WorkerLike = {
    addEventListener: ((type: string, listener: (e: never) => void) =>
      (listeners[type] ??= []).push(listener)) as WorkerLike['addEventListener'],
    postMessage: ((message: Message) => {
      log.posted.push(message);
      answer(
        (reply) => listeners.message?.forEach((l) => l({ data: reply } as never)),
        (event) => listeners.error?.forEach((l) => l(event as never)),
      );
    }) as WorkerLike['postMessage'],
    terminate: () => void log.terminated++,
  };
  return { worker, log };
}
