/**
 * Undo and redo for the report, as plain data (no React, no form): a step is a list of changes by
 * form path, each with the value before and after, so a step costs what it changed, not a copy of
 * the whole report. A whole-report change (a draft opened or imported over the current one) is
 * the path ''.
 *
 * Typing is grouped: keystrokes into the same field join one step until the field is left, the
 * typing pauses for GROUP_PAUSE, or a word ends (a space or punctuation was typed) — so Ctrl+Z
 * takes back a phrase, not a character, and never a whole afternoon of one text area.
 */

export interface Change {
  /** A react-hook-form path ("narrative.overview.text"); '' is the whole report. */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface Step {
  /** What the step did, as a message key (the UI names it: "撤销：粘贴"). */
  readonly label: string;
  readonly changes: readonly Change[];
  /** Changes with the same group (a field's path) may join this step; null never joins. */
  readonly group: string | null;
  /** When the step last grew (ms). */
  readonly at: number;
  /** Nothing more joins this step. */
  readonly sealed: boolean;
}

export interface History {
  readonly past: readonly Step[];
  readonly future: readonly Step[];
  readonly limit: number;
}

/** Steps kept; the oldest go first. */
export const HISTORY_LIMIT = 200;
/** A pause in typing this long (ms) ends a step. */
export const GROUP_PAUSE = 1000;

export function emptyHistory(limit = HISTORY_LIMIT): History {
  return { past: [], future: [], limit: Math.max(1, limit) };
}

/** The same path twice in one step keeps the first before and the last after. */
function merge(changes: readonly Change[], change: Change): Change[] {
  const i = changes.findIndex((c) => c.path === change.path);
  if (i < 0) return [...changes, change];
  const out = changes.slice();
  out[i] = { path: change.path, before: (changes[i] as Change).before, after: change.after };
  return out;
}

function push(history: History, step: Step): History {
  const past = [...history.past, step];
  return { ...history, past: past.length > history.limit ? past.slice(past.length - history.limit) : past, future: [] };
}

export interface Typing {
  label: string;
  /** Changes with the same group join one step (a field's path); null: a step of its own. */
  group: string | null;
  at: number;
  /** This change ends its step (a word or sentence was finished). */
  boundary?: boolean;
}

/** One change made by typing (or any single write): joins the open step of its group or starts one. */
export function record(history: History, change: Change, typing: Typing): History {
  const last = history.past[history.past.length - 1];
  const joins =
    last !== undefined &&
    !last.sealed &&
    typing.group !== null &&
    last.group === typing.group &&
    typing.at - last.at < GROUP_PAUSE &&
    typing.at >= last.at;
  const sealed = typing.boundary === true;
  if (joins) {
    const step: Step = { ...last, changes: merge(last.changes, change), at: typing.at, sealed };
    return { ...history, past: [...history.past.slice(0, -1), step], future: [] };
  }
  return push(history, { label: typing.label, changes: [change], group: typing.group, at: typing.at, sealed });
}

/**
 * A change made by the same action as the last step's latest one (the signature that follows the
 * organ's name as it is typed): joins that step whatever its field, so undo takes both back.
 */
export function attach(history: History, change: Change): History {
  const last = history.past[history.past.length - 1];
  if (!last) return push(history, { label: 'typing', changes: [change], group: null, at: 0, sealed: true });
  return { ...history, past: [...history.past.slice(0, -1), { ...last, changes: merge(last.changes, change) }], future: [] };
}

/** Several changes made by one action (a paste, 填0, an import): one step, closed. */
export function recordBatch(history: History, label: string, changes: readonly Change[], at: number): History {
  const merged = changes.reduce<Change[]>(merge, []);
  if (merged.length === 0) return history;
  return push(history, { label, changes: merged, group: null, at, sealed: true });
}

/** Nothing more joins the last step (the field was left, an action ran, a step was undone). */
export function seal(history: History): History {
  const last = history.past[history.past.length - 1];
  if (!last || last.sealed) return history;
  return { ...history, past: [...history.past.slice(0, -1), { ...last, sealed: true }] };
}

/** Writes to make, in order, to take a step back or forward. */
export interface Move {
  history: History;
  label: string;
  writes: { path: string; value: unknown }[];
}

export function undo(history: History): Move | null {
  const step = history.past[history.past.length - 1];
  if (!step) return null;
  const sealed = { ...step, sealed: true };
  return {
    history: { ...history, past: history.past.slice(0, -1), future: [...history.future, sealed] },
    label: step.label,
    writes: step.changes
      .slice()
      .reverse()
      .map((c) => ({ path: c.path, value: c.before })),
  };
}

export function redo(history: History): Move | null {
  const step = history.future[history.future.length - 1];
  if (!step) return null;
  return {
    history: { ...history, past: [...history.past, step], future: history.future.slice(0, -1) },
    label: step.label,
    writes: step.changes.map((c) => ({ path: c.path, value: c.after })),
  };
}

/** Compared natively a block at a time before code unit by code unit: see commonPrefixLength. */
const PREFIX_BLOCK = 1024;

/**
 * How many UTF-16 code units two texts share at their start. Every keystroke in a text area asks
 * this of the whole text: indexing it a character at a time was about 1 ms per key in a
 * 50 000-character section; slices of a string share its characters, and comparing two of them is
 * native.
 */
export function commonPrefixLength(a: string, b: string): number {
  const end = Math.min(a.length, b.length);
  let i = 0;
  while (i + PREFIX_BLOCK <= end && a.slice(i, i + PREFIX_BLOCK) === b.slice(i, i + PREFIX_BLOCK)) i += PREFIX_BLOCK;
  while (i < end && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

const WORD_END = /[\s，。；、！？：,.;!?:）)」』”]/;

/**
 * Whether typing from `before` to `after` finished a word or a sentence: the text typed (one
 * insertion) contains a space or punctuation. Deleting never ends a step, so a run of Backspace is
 * one step.
 */
export function endsWord(before: unknown, after: unknown): boolean {
  if (typeof before !== 'string' || typeof after !== 'string' || after.length <= before.length) return false;
  const start = commonPrefixLength(before, after);
  const inserted = after.slice(start, start + after.length - before.length);
  return WORD_END.test(inserted);
}
