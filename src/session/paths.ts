/**
 * Reading and writing plain data by a react-hook-form path ("tables.t3.rows.0.a"), without
 * mutating: a write copies the objects along the path only, so an undo step that still holds the
 * old objects keeps seeing them as they were.
 */

export function getIn(data: unknown, path: string): unknown {
  return path === '' ? data : getAt(data, path.split('.'));
}

/** The value under `keys` (a path already split, for callers that split each path once). */
export function getAt(data: unknown, keys: readonly string[]): unknown {
  let node = data;
  for (const key of keys) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function setIn<T>(data: T, path: string, value: unknown): T {
  if (path === '') return value as T;
  const keys = path.split('.');
  const write = (node: unknown, i: number): unknown => {
    const key = keys[i] as string;
    const copy: Record<string, unknown> = Array.isArray(node)
      ? (node.slice() as unknown as Record<string, unknown>)
      : { ...(node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {}) };
    copy[key] = i === keys.length - 1 ? value : write(copy[key], i + 1);
    return copy;
  };
  return write(data, 0) as T;
}
