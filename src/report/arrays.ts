/**
 * Small array helpers in place of APIs newer than the supported browsers (Chromium 86; lint
 * refuses `.at()`, `.findLast*()` and `structuredClone` in browser code).
 */

export function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

export function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/** A deep copy of plain JSON data (reports, tables, narrative): no dates, maps or cycles in it. */
export function cloneData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
