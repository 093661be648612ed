/**
 * What the page's worker clients share: starting a worker where the browser gives one, and asking
 * a worker for one answer. A worker that cannot start or fails (a policy, an old browser, a chunk
 * the server no longer has) hands the work to this thread; an error the work itself reports is
 * thrown here, as it would be had it run here.
 */

/** What a client needs of a Worker (a test gives a fake). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/** A worker from `start`, or null where the browser has none or refuses this one. */
export function startOrNull<W>(start: () => W): W | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return start();
  } catch {
    return null;
  }
}

/** A worker's one answer: what it built, or the message of the error it met. */
export type WorkerReply<T> = ({ ok: true } & T) | { ok: false; message: string };

/**
 * Posts `message`, takes the one reply, and ends the worker; `here` does the work on this thread
 * when the worker fails before answering.
 */
export function askOnce<T, R>(
  worker: WorkerLike,
  message: unknown,
  resultOf: (reply: { ok: true } & T) => R,
  here: () => Promise<R>,
): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = () => {
      settled = true;
      worker.terminate();
    };
    worker.addEventListener('message', (e: MessageEvent<WorkerReply<T>>) => {
      if (settled) return;
      finish();
      if (e.data.ok) resolve(resultOf(e.data));
      else reject(new Error(e.data.message));
    });
    worker.addEventListener('error', (e: ErrorEvent) => {
      if (settled) return;
      e.preventDefault();
      finish();
      here().then(resolve, reject);
    });
    worker.postMessage(message);
  });
}
