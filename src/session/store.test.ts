import { describe, expect, it } from 'vitest';
import { createStore } from './store.ts';

describe('createStore', () => {
  it('tells every listener at once, with the new value readable', () => {
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
});
