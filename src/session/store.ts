/** A minimal external store, so components subscribe to exactly the slice they show. */
import { useSyncExternalStore } from 'react';

export interface Store<T> {
  get(): T;
  set(next: T): void;
  subscribe(listener: () => void): () => void;
}

export interface StoreOptions {
  /**
   * Tell at most this many listeners in one task, the rest in the tasks after it. A value that
   * every cell of a table subscribes to (the findings) then re-renders the cells it changes in small
   * tasks that a keystroke can come between, instead of one task a keystroke waits for. `get()` is
   * the new value at once; a newer `set` starts telling everyone again.
   */
  listenersPerTask?: number;
}

/** A task of its own, soon (a timer would be clamped to 4 ms after a few in a row). */
function nextTask(run: () => void): void {
  if (typeof MessageChannel === 'undefined') return void setTimeout(run, 0);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

export function createStore<T>(initial: T, { listenersPerTask = Infinity }: StoreOptions = {}): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  /** Counts the values told; a round of telling stops when a newer one starts. */
  let round = 0;
  const tell = () => {
    const mine = ++round;
    const waiting = [...listeners];
    let at = 0;
    const step = () => {
      if (mine !== round) return;
      const end = Math.min(waiting.length, at + listenersPerTask);
      for (; at < end; at++) {
        const listener = waiting[at] as () => void;
        // Unsubscribed since (its component unmounted): nothing to tell.
        if (listeners.has(listener)) listener();
      }
      if (at < waiting.length) nextTask(step);
    };
    step();
  };
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      tell();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<T, S = T>(store: Store<T>, select: (value: T) => S = (v) => v as unknown as S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
