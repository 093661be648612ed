/**
 * The built-ins pdf.js calls that Chromium 86 lacks, as installed by installPdfPolyfills: each is
 * checked here the way pdf.js uses it, with the native one taken away first where Node has it.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { installPdfPolyfills } from './polyfills.ts';

const removed: [object, string, PropertyDescriptor][] = [];

/** Takes `name` off `target` until the end of the test, as on a browser without it. */
function withoutNative(target: object, name: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, name);
  if (!descriptor) return;
  removed.push([target, name, descriptor]);
  Reflect.deleteProperty(target, name);
}

afterEach(() => {
  for (const [target, name, descriptor] of removed.splice(0).reverse()) Object.defineProperty(target, name, descriptor);
});

const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
type Polyfilled = {
  at(index: number): unknown;
  findLast(test: (value: unknown, index: number) => boolean): unknown;
  toSpliced(start: number, deleteCount?: number, ...items: unknown[]): unknown[];
};
const poly = (value: unknown) => value as Polyfilled;

describe('installPdfPolyfills: what is already there is kept', () => {
  it('leaves a native built-in in place', () => {
    const native = Array.prototype.at;
    const nativeClone = globalThis.structuredClone;
    installPdfPolyfills();
    expect(Array.prototype.at).toBe(native);
    expect(globalThis.structuredClone).toBe(nativeClone);
  });

  it('adds a missing method that loops over an array do not see', () => {
    withoutNative(Array.prototype, 'at');
    installPdfPolyfills();
    const keys: string[] = [];
    for (const key in ['a', 'b']) keys.push(key);
    expect(keys).toEqual(['0', '1']);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'at')).toMatchObject({ enumerable: false, writable: true, configurable: true });
  });
});

describe('at: the item at an index, counted from the end when negative', () => {
  it('on arrays, strings and typed arrays', () => {
    withoutNative(Array.prototype, 'at');
    withoutNative(String.prototype, 'at');
    withoutNative(typedArrayPrototype, 'at');
    installPdfPolyfills();
    for (const list of [['a', 'b', 'c'], 'abc', new Uint8Array([97, 98, 99])]) {
      const at = (i: number) => poly(list).at(i);
      const item = (i: number) => list[i];
      expect([at(0), at(2), at(-1), at(-3), at(1.7), at(-1.2), at(Number.NaN)]).toEqual([
        item(0),
        item(2),
        item(2),
        item(0),
        item(1),
        item(2),
        item(0),
      ]);
      expect([at(3), at(-4), at(100), at(-100)]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('agrees with the native at on any array and index', () => {
    const native = Array.prototype.at;
    withoutNative(Array.prototype, 'at');
    installPdfPolyfills();
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: -20, max: 20 }), (list, index) => {
        expect(poly(list).at(index)).toBe(native.call(list, index));
      }),
    );
  });
});

describe('findLast: the last item that passes the test', () => {
  it('on arrays and typed arrays, given each index', () => {
    withoutNative(Array.prototype, 'findLast');
    withoutNative(typedArrayPrototype, 'findLast');
    installPdfPolyfills();
    expect(poly([1, 4, 6, 7]).findLast((v) => (v as number) % 2 === 0)).toBe(6);
    expect(poly(new Uint8Array([1, 4, 6, 7])).findLast((v) => (v as number) > 3)).toBe(7);
    expect(poly([1, 3]).findLast((v) => (v as number) % 2 === 0)).toBeUndefined();
    expect(poly([]).findLast(() => true)).toBeUndefined();
    const seen: number[] = [];
    expect(poly(['a', 'b', 'c']).findLast((_, i) => (seen.push(i), i === 0))).toBe('a');
    expect(seen).toEqual([2, 1, 0]);
  });
});

describe('Promise.withResolvers and Object.hasOwn', () => {
  it('a promise settled from outside, resolved or rejected', async () => {
    withoutNative(Promise, 'withResolvers');
    installPdfPolyfills();
    const withResolvers = (
      Promise as unknown as { withResolvers<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: unknown): void } }
    ).withResolvers;
    const yes = withResolvers.call(Promise);
    yes.resolve(5);
    await expect(yes.promise).resolves.toBe(5);
    const no = withResolvers.call(Promise);
    no.reject(new Error('nein'));
    await expect(no.promise).rejects.toThrow('nein');
  });

  it('an own property, not an inherited one', () => {
    withoutNative(Object, 'hasOwn');
    installPdfPolyfills();
    const hasOwn = (Object as unknown as { hasOwn(o: object, k: PropertyKey): boolean }).hasOwn;
    const child = Object.create({ inherited: 1 }) as object;
    Object.assign(child, { own: 2 });
    // Compared as a string: the test library's deep equality itself calls Object.hasOwn.
    expect(JSON.stringify([hasOwn(child, 'own'), hasOwn(child, 'inherited'), hasOwn(child, 'toString')])).toBe('[true,false,false]');
  });
});

describe('toSpliced: a spliced copy, the array left as it was', () => {
  it('cuts from start without a count, removes and inserts with one', () => {
    withoutNative(Array.prototype, 'toSpliced');
    installPdfPolyfills();
    const list = [1, 2, 3, 4];
    expect(poly(list).toSpliced(1)).toEqual([1]);
    expect(poly(list).toSpliced(1, 2)).toEqual([1, 4]);
    expect(poly(list).toSpliced(1, 0, 'x', 'y')).toEqual([1, 'x', 'y', 2, 3, 4]);
    expect(poly(list).toSpliced(-1, 1, 'z')).toEqual([1, 2, 3, 'z']);
    expect(list).toEqual([1, 2, 3, 4]);
  });
});

describe('ArrayBuffer transferToFixedLength: a copy of the bytes at a length', () => {
  it('same length by default, cut when shorter, zero-filled when longer', () => {
    withoutNative(ArrayBuffer.prototype, 'transferToFixedLength');
    installPdfPolyfills();
    const transfer = (buffer: ArrayBuffer, length?: number) => [
      ...new Uint8Array((buffer as unknown as { transferToFixedLength(n?: number): ArrayBuffer }).transferToFixedLength(length)),
    ];
    const bytes = () => new Uint8Array([1, 2, 3]).buffer;
    expect(transfer(bytes())).toEqual([1, 2, 3]);
    expect(transfer(bytes(), 2)).toEqual([1, 2]);
    expect(transfer(bytes(), 5)).toEqual([1, 2, 3, 0, 0]);
    expect(transfer(bytes(), 0)).toEqual([]);
  });
});

describe('structuredClone: a deep copy of data', () => {
  const cloneOf = (value: unknown): unknown => {
    withoutNative(globalThis, 'structuredClone');
    installPdfPolyfills();
    return (globalThis as unknown as { structuredClone(v: unknown): unknown }).structuredClone(value);
  };

  it('copies nested objects, arrays, maps and sets, sharing nothing with the original', () => {
    const original = { name: '表', list: [1, { deep: true }], map: new Map([['k', { v: 1 }]]), set: new Set([[1]]), none: null };
    const copy = cloneOf(original) as typeof original;
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    expect(copy.list).not.toBe(original.list);
    expect(copy.list[1]).not.toBe(original.list[1]);
    expect(copy.map).toBeInstanceOf(Map);
    expect(copy.map.get('k')).not.toBe(original.map.get('k'));
    expect(copy.set).toBeInstanceOf(Set);
    expect([...copy.set][0]).not.toBe([...original.set][0]);
  });

  it('copies bytes, buffers, views and dates; an error keeps its message', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const buffer = new Uint8Array([4, 5]).buffer;
    const view = new DataView(new Uint8Array([6, 7]).buffer);
    const date = new Date(Date.UTC(2025, 0, 20));
    const copy = cloneOf({ bytes, buffer, view, date, error: new TypeError('坏了') }) as Record<string, unknown>;
    expect(copy.bytes).toBeInstanceOf(Uint8Array);
    expect(copy.bytes).not.toBe(bytes);
    expect([...(copy.bytes as Uint8Array)]).toEqual([1, 2, 3]);
    expect(copy.buffer).toBeInstanceOf(ArrayBuffer);
    expect(copy.buffer).not.toBe(buffer);
    expect([...new Uint8Array(copy.buffer as ArrayBuffer)]).toEqual([4, 5]);
    expect(copy.view).toBeInstanceOf(DataView);
    expect((copy.view as DataView).buffer).not.toBe(view.buffer);
    expect((copy.view as DataView).getUint8(1)).toBe(7);
    expect(copy.date).toBeInstanceOf(Date);
    expect(copy.date).not.toBe(date);
    expect((copy.date as Date).getTime()).toBe(date.getTime());
    expect(copy.error).toBeInstanceOf(Error);
    expect((copy.error as Error).message).toBe('坏了');
    bytes[0] = 9;
    expect((copy.bytes as Uint8Array)[0]).toBe(1);
  });

  it('keeps shared and circular references as in the original', () => {
    const shared = { n: 1 };
    const original: Record<string, unknown> = { a: shared, b: shared, list: [shared] };
    original.self = original;
    const map = new Map<string, unknown>();
    map.set('me', map);
    const set = new Set<unknown>();
    set.add(set);
    const list: unknown[] = [];
    list.push(list);
    original.map = map;
    original.set = set;
    original.loop = list;
    const copy = cloneOf(original) as Record<string, unknown>;
    expect(copy.self).toBe(copy);
    expect(copy.a).toBe(copy.b);
    expect((copy.list as unknown[])[0]).toBe(copy.a);
    expect(copy.a).not.toBe(shared);
    expect((copy.map as Map<string, unknown>).get('me')).toBe(copy.map);
    expect([...(copy.set as Set<unknown>)][0]).toBe(copy.set);
    expect((copy.loop as unknown[])[0]).toBe(copy.loop);
  });

  it('returns primitives as they are', () => {
    expect([cloneOf(3), cloneOf('字'), cloneOf(null), cloneOf(undefined), cloneOf(true)]).toEqual([3, '字', null, undefined, true]);
  });
});
