/**
 * Opening the draft stored in this browser. One that does not open is never discarded: before
 * anything else is written it is moved aside to a key of its own (UNREADABLE_PREFIX), the user is
 * told, and may recover what parses or save the stored text as a file.
 */
import type { DraftError, DraftParseResult } from '../report/draft/parse.ts';
import type { Report } from '../report/schema.ts';
import { AUTOSAVE_KEY } from './autosave-key.ts';
import { holdAutosave, read, write } from './autosave.ts';
import { draftCodec, loadDraftCodec, type DraftCodec } from './draft-codec.ts';
import { readStoredText, STORED_IN_WORKER_FROM } from './draft-reader.ts';
import { createStore } from './store.ts';

export const UNREADABLE_PREFIX = 'nianbao.unreadable.';

export interface UnreadableDraft {
  /** Where the text is kept: a key of its own, or AUTOSAVE_KEY when it could not be moved. */
  key: string;
  text: string;
  error: DraftError;
}

/** The unreadable stored draft the user has not dealt with yet. */
export const unreadableDraft = createStore<UnreadableDraft | null>(null);

function moveAside(text: string, error: DraftError, now: Date): UnreadableDraft {
  const key = `${UNREADABLE_PREFIX}${now.toISOString()}`;
  if (write(key, text)) {
    remove(AUTOSAVE_KEY);
    return { key, text, error };
  }
  // Storage is full: the copy fits once the original is gone; if not, put it back and keep it there.
  remove(AUTOSAVE_KEY);
  if (write(key, text)) return { key, text, error };
  write(AUTOSAVE_KEY, text);
  holdAutosave(true);
  return { key: AUTOSAVE_KEY, text, error };
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Unavailable storage: nothing was kept under it either.
  }
}

/** The key of the newest unreadable draft kept from an earlier visit, if any. */
function newestKept(): string | null {
  let newest: string | null = null;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(UNREADABLE_PREFIX) && (newest === null || key > newest)) newest = key;
    }
  } catch {
    return null;
  }
  return newest;
}

/** An earlier unreadable draft still kept (the newest), so the user is told again until they decide. */
function keptEarlier(codec: DraftCodec): UnreadableDraft | null {
  const newest = newestKept();
  const text = newest === null ? null : read(newest);
  if (newest === null || text === null) return null;
  const parsed = codec.parseDraft(text);
  return parsed.ok ? null : { key: newest, text, error: parsed.error };
}

/** Whether this browser holds a draft to open, or an unreadable one kept from an earlier visit. */
export function storedDraftExists(): boolean {
  return read(AUTOSAVE_KEY) !== null || newestKept() !== null;
}

/** A large stored draft's text and its parse, done before the first render (prepareStoredDraft). */
let prepared: { text: string; result: DraftParseResult } | null = null;
let large = false;

/**
 * Loads the draft parser before the first render when there is a stored draft to open (or an
 * unreadable one kept), so openStoredDraft can open it at once: the first screen of a new report
 * does not download the parser, and a stored draft is never shown as a blank report first. A large
 * stored draft is parsed meanwhile, in the draft worker where the browser gives one (draft-reader.ts).
 */
export async function prepareStoredDraft(): Promise<void> {
  if (!storedDraftExists()) return;
  const text = read(AUTOSAVE_KEY);
  const parse = text !== null && text.length >= STORED_IN_WORKER_FROM ? readStoredText(text) : null;
  // Settled both: a parse that failed with the worker and the parser leaves the codec's outcome to openStoredDraft.
  const [codec, parsed] = await Promise.allSettled([loadDraftCodec(), parse]);
  // openStoredDraft keeps the stored draft untouched and says it could not be read.
  if (codec.status === 'rejected') console.error('drafts: could not load the draft parser', codec.reason);
  if (text !== null && parsed.status === 'fulfilled' && parsed.value) prepared = { text, result: parsed.value };
}

let opened: Report | null | undefined;

/**
 * The stored report, or null. Runs once per page (React may call the initialiser twice), before
 * the session writes anything, after prepareStoredDraft.
 */
export function openStoredDraft(now = new Date()): Report | null {
  if (opened !== undefined) return opened;
  const text = read(AUTOSAVE_KEY);
  const codec = draftCodec();
  if (!codec) {
    opened = null;
    // Only when prepareStoredDraft could not load the parser: the stored draft stays where it is,
    // autosave writes nothing over it, and the user is told.
    if (text) {
      holdAutosave(true);
      unreadableDraft.set({ key: AUTOSAVE_KEY, text, error: { code: 'unreadable', params: { detail: 'parser not loaded' } } });
    }
    return opened;
  }
  // The parse done before the render, if it is of the text stored now (another tab may have written since).
  const early = prepared?.text === text ? prepared.result : null;
  prepared = null;
  const parsed = early ?? (text ? codec.parseDraft(text) : null);
  opened = parsed?.ok ? parsed.draft.report : null;
  large = opened !== null && text !== null && text.length >= STORED_IN_WORKER_FROM;
  if (text && parsed && !parsed.ok) unreadableDraft.set(moveAside(text, parsed.error, now));
  else unreadableDraft.set(keptEarlier(codec));
  return opened;
}

/**
 * Whether the stored draft opened is a large one: the session then runs its first rules in the
 * rules worker once it is shown, as for a draft opened from a file, not on this thread at startup.
 */
export function openedLargeDraft(): boolean {
  return large;
}

/** The user is done with the kept copy (saved it to a file, or chose to delete it). */
export function discardUnreadable(): void {
  const kept = unreadableDraft.get();
  if (!kept) return;
  if (kept.key !== AUTOSAVE_KEY) remove(kept.key);
  // The copy under AUTOSAVE_KEY is overwritten by the next autosave once the hold is lifted.
  holdAutosave(false);
  unreadableDraft.set(null);
}
