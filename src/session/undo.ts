/**
 * The report's undo history, fed by every value change the form reports (see form-feed.ts): it
 * keeps its own copy of the last values (copied along the changed path only) to know each change's
 * value before, groups typing (history.ts), and makes what `batch` runs one step.
 */
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import type { Report } from '../report/index.ts';
import { cloneData } from '../report/arrays.ts';
import { attach, emptyHistory, endsWord, record, recordBatch, redo, seal, undo, type Change, type History, type Move } from './history.ts';
import { getIn, setIn } from './paths.ts';
import { createStore, type Store } from './store.ts';

/** The labels of the steps Ctrl+Z and Ctrl+Y would take (message keys in the history namespace). */
export interface UndoLabels {
  undo: string | null;
  redo: string | null;
  /** The last step undone or redone (a new object each time), for the page to announce. */
  moved: { kind: 'undo' | 'redo'; label: string } | null;
}

export interface Undo {
  labels: Store<UndoLabels>;
  /** A value changed at `path` ('' or undefined: the whole report was replaced). */
  changed(path: string | undefined): void;
  /** Whatever `run` changes is one step named `label`. */
  batch(label: string, run: () => void): void;
  /** Takes back the last step; returns its label, or null when there is none. */
  undo(): string | null;
  redo(): string | null;
  /** Typing that follows starts a new step (the field was left). */
  seal(): void;
  /** The user did something (a key, a click, input): changes from now on are theirs. */
  userActed(): void;
  /**
   * The report as the history last saw it: a copy that is never changed in place (a change copies
   * the objects along its path), so it may be kept and shared as a snapshot.
   */
  current(): Report;
}

/**
 * A copy the form cannot change under the history. Text and figures are immutable already: a
 * keystroke in a 200 000-character section copied the whole text through JSON (2–3 ms at full
 * speed), although only objects need a copy.
 */
const copy = (value: unknown): unknown => (value !== null && typeof value === 'object' ? cloneData(value) : value);

/** The keys JSON keeps (not those holding undefined), in order. */
const keysOf = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);

/**
 * Plain data compared by value as their JSON would be, stopping at the first difference (a 1 MB
 * draft opened over another differs at once; two stringified copies cost tens of milliseconds).
 */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = keysOf(a);
  const keysB = keysOf(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k, i) => k === keysB[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const labelsOf = (h: History, moved: UndoLabels['moved'] = null): UndoLabels => ({
  undo: h.past[h.past.length - 1]?.label ?? null,
  redo: h.future[h.future.length - 1]?.label ?? null,
  moved,
});

export function createUndo(form: UseFormReturn<Report>, now: () => number = Date.now): Undo {
  let mirror: unknown = copy(form.getValues());
  let history = emptyHistory();
  let applying = false;
  let pending: Change[] | null = null;
  /** A change was recorded in the task running now: more changes in it were caused by the same action. */
  let inTask = false;
  /**
   * An undo or redo was the last thing done: a field that follows another (the fees sentence after
   * the fees answer) rewrites itself in an effect a moment later. That write belongs to the undo,
   * not to a new step that would throw away what could be redone; the user's next key, click or
   * input ends this.
   */
  let settling = false;
  const labels = createStore<UndoLabels>(labelsOf(history));
  const commit = (next: History, moved?: UndoLabels['moved']) => {
    history = next;
    const shown = labels.get();
    const fresh = labelsOf(next, moved ?? shown.moved);
    if (moved || shown.undo !== fresh.undo || shown.redo !== fresh.redo) labels.set(fresh);
  };
  const valueAt = (path: string): unknown => (path === '' ? form.getValues() : form.getValues(path as FieldPath<Report>));
  const move = (kind: 'undo' | 'redo', step: Move | null): string | null => {
    if (!step) return null;
    applying = true;
    try {
      for (const { path, value } of step.writes) {
        if (path === '') form.reset(copy(value) as Report);
        else form.setValue(path as FieldPath<Report>, copy(value) as never, { shouldDirty: true });
      }
    } finally {
      applying = false;
    }
    settling = true;
    commit(step.history, { kind, label: step.label });
    return step.label;
  };

  return {
    labels,
    changed(name) {
      const path = name ?? '';
      const before = getIn(mirror, path);
      const after = copy(valueAt(path));
      if (same(before, after)) return;
      mirror = setIn(mirror, path, after);
      if (applying || settling) return;
      const change = { path, before, after };
      if (pending) pending.push(change);
      else if (path === '') commit(recordBatch(seal(history), 'replace', [change], now()));
      else if (inTask) commit(attach(history, change));
      else {
        commit(record(history, change, { label: 'typing', group: path, at: now(), boundary: endsWord(before, after) }));
        inTask = true;
        queueMicrotask(() => (inTask = false));
      }
    },
    batch(label, run) {
      if (pending) return run();
      // A paste, 填0 or an import is the user's own action, whatever came before.
      settling = false;
      pending = [];
      try {
        run();
      } finally {
        const changes = pending;
        pending = null;
        commit(recordBatch(seal(history), label, changes, now()));
      }
    },
    undo: () => move('undo', undo(seal(history))),
    redo: () => move('redo', redo(history)),
    seal: () => commit(seal(history)),
    userActed: () => {
      settling = false;
    },
    current: () => mirror as Report,
  };
}
