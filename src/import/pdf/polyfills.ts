/**
 * What pdf.js (its legacy build) calls that Chromium 86 and Node 20 lack. pdf.js's legacy build
 * brings core-js for some newer built-ins, not for these. Installed only where missing, only when
 * a PDF is opened (this module is loaded with pdf.js, never with the first screen).
 */

type Resolvers<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (reason?: unknown) => void };

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function at(this: ArrayLike<unknown>, index: number) {
  const i = Math.trunc(index) || 0;
  const k = i < 0 ? this.length + i : i;
  return k < 0 || k >= this.length ? undefined : this[k];
}

function findLast<T>(this: ArrayLike<T>, test: (value: T, index: number) => boolean) {
  for (let i = this.length - 1; i >= 0; i--) if (test(this[i] as T, i)) return this[i];
  return undefined;
}

/** Enough of structuredClone for what pdf.js passes between its halves on one thread: data. */
function clone(value: unknown, seen = new Map<unknown, unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (ArrayBuffer.isView(value))
    return value instanceof DataView ? new DataView(value.buffer.slice(0)) : (value as unknown as { slice(): unknown }).slice();
  if (value instanceof ArrayBuffer) return value.slice(0);
  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(clone(k, seen), clone(v, seen));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(clone(v, seen));
    return out;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(clone(v, seen));
    return out;
  }
  if (value instanceof Error) return new Error(value.message);
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = clone(v, seen);
  return out;
}

export function installPdfPolyfills(): void {
  define(Promise, 'withResolvers', function withResolvers<T>(this: PromiseConstructor): Resolvers<T> {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new this<T>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    return { promise, resolve, reject };
  });
  define(Object, 'hasOwn', (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key));
  define(Array.prototype, 'at', at);
  define(Array.prototype, 'findLast', findLast);
  define(String.prototype, 'at', at);
  const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as object;
  define(typedArray, 'at', at);
  define(typedArray, 'findLast', findLast);
  define(Array.prototype, 'toSpliced', function toSpliced(this: unknown[], start: number, deleteCount?: number, ...items: unknown[]) {
    const copy = [...this];
    if (deleteCount === undefined) copy.splice(start);
    else copy.splice(start, deleteCount, ...items);
    return copy;
  });
  // A copy rather than a transfer: the one caller (pdf.js's font info) drops the original.
  define(ArrayBuffer.prototype, 'transferToFixedLength', function transferToFixedLength(this: ArrayBuffer, length = this.byteLength) {
    const out = new ArrayBuffer(length);
    new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return out;
  });
  define(globalThis, 'structuredClone', (value: unknown) => clone(value));
}
