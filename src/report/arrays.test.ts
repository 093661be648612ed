import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneData, findLastIndex, lastOf } from './arrays.ts';

describe('array helpers', () => {
  it('lastOf and findLastIndex agree with a reverse scan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), (items) => {
        expect(lastOf(items)).toBe(items[items.length - 1]);
        const reversed = [...items].reverse().findIndex((v) => v > 0);
        expect(findLastIndex(items, (v) => v > 0)).toBe(reversed === -1 ? -1 : items.length - 1 - reversed);
        // A test that a hole past the end would pass too: only the items are asked.
        const nonZero = [...items].reverse().findIndex((v) => v !== 0);
        expect(findLastIndex(items, (v) => v !== 0)).toBe(nonZero === -1 ? -1 : items.length - 1 - nonZero);
      }),
    );
  });
  it('cloneData copies deeply', () => {
    const original = { a: { b: [1, null, 'x'] } };
    const copy = cloneData(original);
    expect(copy).toEqual(original);
    copy.a.b[0] = 2;
    expect(original.a.b[0]).toBe(1);
  });
});
