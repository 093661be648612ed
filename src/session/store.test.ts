import { describe, expect, it } from 'vitest';
import { createStore } from './store.ts';

/** Resolves after the tasks queued so far (and the ones they queue) have run. */
const tasks = (n = 10) =>
  new Promise<void>((resolve) => {
    const again = (left: number) => (left === 0 ? resolve() : setTimeout(() => again(left - 1), 0));
    again(n);
  });

describe('createStore', () => {
  it('tells every listener at once by default', () => {
    const store = createStore(0);
    const told: number[] = [];
    for (let i = 0; i < 50; i++) store.subscribe(() => told.push(i));
    store.set(1);
    expect(told).toHaveLength(50);
    expect(store.get()).toBe(1);
  });

  it('does not tell anyone when the value is the same', () => {
    const value = { a: 1 };
    const store = createStore(value);
    let told = 0;
    store.subscribe(() => told++);
    store.set(value);
    expect(told).toBe(0);
  });

  it('tells listeners a few per task, in the order they subscribed, with the new value readable at once', async () => {
    const store = createStore('old', { listenersPerTask: 2 });
    const told: [number, string][] = [];
    for (let i = 0; i < 5; i++) store.subscribe(() => told.push([i, store.get()]));
    store.set('new');
    expect(store.get()).toBe('new');
    expect(told.map(([i]) => i)).toEqual([0, 1]);
    await tasks();
    expect(told).toEqual([0, 1, 2, 3, 4].map((i) => [i, 'new']));
  });

  it('starts again for a newer value, and each listener hears of the newest', async () => {
    const store = createStore(0, { listenersPerTask: 2 });
    const told: [number, number][] = [];
    for (let i = 0; i < 5; i++) store.subscribe(() => told.push([i, store.get()]));
    store.set(1);
    store.set(2);
    await tasks();
    // The first round stopped after its first task; the second told all five.
    expect(told).toEqual([[0, 1], [1, 1], ...[0, 1, 2, 3, 4].map((i) => [i, 2] as [number, number])]);
  });

  it('does not tell a listener that unsubscribed while the round was under way', async () => {
    const store = createStore(0, { listenersPerTask: 1 });
    const told: number[] = [];
    const offs = [0, 1, 2].map((i) => store.subscribe(() => told.push(i)));
    store.set(1);
    offs[2]?.();
    await tasks();
    expect(told).toEqual([0, 1]);
  });
});
