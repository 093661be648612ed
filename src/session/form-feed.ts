/**
 * One subscription to the form's changes, fanned out by field path to just the listeners of the
 * path that changed (and of its ancestors and descendants). A keystroke in a table cell then wakes
 * the cell, the totals that add it up and its identity column, instead of every field hook on the
 * page, and nothing copies the whole form for it.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Report } from '../report/index.ts';
import { getAt } from './paths.ts';

export interface FormFeed {
  /** The value at `path` now (no copy). */
  get(path: string): unknown;
  /**
   * Sets a plain value (a table cell's figure) at `path`, whose parents exist, as the form's
   * `setValue(path, value, { shouldDirty: false })` would for a field it has not registered: the
   * form's values hold it, and every subscriber of the form (these listeners, useWatch) hears it.
   */
  set(path: string, value: string | number | boolean | null): void;
  /** Calls `listener` after any change that may touch `path`. */
  subscribe(path: string, listener: () => void): () => void;
}

/** What the form's state subject sends: a field's name, and `values` or `type` when a value changed. */
type Signal = { name?: string; values?: unknown; type?: unknown };

/** `connect` starts listening to the form (in an effect: it returns the way to stop). */
export function createFormFeed(
  form: UseFormReturn<Report>,
  /** Before the listeners hear it; `name` is undefined when the whole report changed (a reset). */
  onValueChange: (name: string | undefined) => void,
): FormFeed & { connect(): () => void } {
  const listeners = new Map<string, Set<() => void>>();
  /** Paths split once: the form's own getValues parses the path on every call, and a 总计 reads its addends on every key. */
  const segments = new Map<string, readonly string[]>();
  const segmentsOf = (path: string) => {
    let parts = segments.get(path);
    if (!parts) segments.set(path, (parts = path.split('.')));
    return parts;
  };
  const get = (path: string): unknown => getAt(form.control._formValues, segmentsOf(path));
  const notify = (path: string) => listeners.get(path)?.forEach((l) => l());
  const notifyAll = () => listeners.forEach((set) => set.forEach((l) => l()));
  const changed = (name: string) => {
    // The field and every ancestor (a table-wide listener hears each of its cells)…
    for (let p = name; ; p = p.slice(0, p.lastIndexOf('.'))) {
      notify(p);
      if (!p.includes('.')) break;
    }
    // …and, when a whole object was set (a table, a row), everything under it.
    const value = get(name);
    if (value !== null && typeof value === 'object') for (const key of listeners.keys()) if (key.startsWith(`${name}.`)) notify(key);
  };
  // The form's own subject, not `watch(callback)` or `subscribe({ formState: { values: true } })`:
  // those make react-hook-form deep-copy the whole form on every keystroke to hand it over. The
  // subject is internal, so react-hook-form is pinned to an exact version in package.json.
  const next = (signal: Signal) => {
    if (!('values' in signal) && !('type' in signal)) return;
    onValueChange(signal.name);
    if (signal.name) changed(signal.name);
    else notifyAll();
  };
  return {
    get,
    set(path, value) {
      const keys = segmentsOf(path);
      let parent: unknown = form.control._formValues;
      for (let i = 0; i < keys.length - 1 && parent !== null && typeof parent === 'object'; i++)
        parent = (parent as Record<string, unknown>)[keys[i] ?? ''];
      const key = keys[keys.length - 1] ?? '';
      if (parent === null || typeof parent !== 'object' || Array.isArray(parent)) {
        form.setValue(path as never, value as never, { shouldDirty: false });
        return;
      }
      if (Object.is((parent as Record<string, unknown>)[key], value)) return;
      // In place, as setValue writes. Its own bookkeeping (its registered fields, watched names,
      // field arrays and a deep compare, each parsing the path again) was about a fifth of a
      // cell's input handler at CPU ×4 (issue 10), and none of it applies to a cell it does not know.
      (parent as Record<string, unknown>)[key] = value;
      // What setValue then tells the form's subscribers (no copy of the values: nothing asks for one).
      form.control._subjects.state.next({ name: path, values: undefined } as never);
    },
    subscribe(path, listener) {
      let set = listeners.get(path);
      if (!set) listeners.set(path, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(path);
      };
    },
    connect() {
      const subscription = form.control._subjects.state.subscribe({ next });
      return () => subscription.unsubscribe();
    },
  };
}

/** The cached result of `select` over `paths`, recomputed when one of them changes. */
function selection<S>(
  feed: FormFeed,
  paths: readonly string[],
  select: (get: (path: string) => unknown) => S,
  same: (a: S, b: S) => boolean,
) {
  let cache: { value: S } | null = null;
  return {
    read: () => (cache ??= { value: select(feed.get) }).value,
    subscribe(onChange: () => void) {
      const update = () => {
        const next = select(feed.get);
        if (cache && same(cache.value, next)) return;
        cache = { value: next };
        onChange();
      };
      const offs = paths.map((p) => feed.subscribe(p, update));
      // A change between the render and this subscription is not missed.
      update();
      return () => offs.forEach((off) => off());
    },
  };
}

/**
 * Hands `apply` the value `select` derives from some form paths, now (before the first paint) and
 * after every change that alters it (`same` compares), outside React: a keystroke that changes a
 * total writes it into the page with no render and no commit (at ×4 CPU throttling a commit alone
 * cost more than the whole bare-input keystroke). `select` and `same` are taken with the paths, as
 * for a cell whose props never change; `apply` is the latest one given (it may close over `t`),
 * and `deps` say when to apply again without a change (the language switched).
 */
export function useFormEffect<S>(
  feed: FormFeed,
  paths: readonly string[],
  select: (get: (path: string) => unknown) => S,
  apply: (value: S) => void,
  deps: readonly unknown[],
  same: (a: S, b: S) => boolean = Object.is,
): void {
  const key = paths.join('|');
  // By the paths' content (callers may build the array per render); see above for select and same.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const source = useMemo(() => selection(feed, paths, select, same), [feed, key]);
  const latest = useRef(apply);
  useLayoutEffect(() => {
    latest.current = apply;
  });
  // A layout effect: the first value is written before the browser paints the empty element.
  useLayoutEffect(() => source.subscribe(() => latest.current(source.read())), [source]);
  // Again when what `apply` shows changes without a change of value (the language), and first.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => latest.current(source.read()), [source, ...deps]);
}
