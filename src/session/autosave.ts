/**
 * The browser copy of the draft (AUTOSAVE_KEY, exactly serializeDraft's JSON) and the record of
 * what was last saved to or opened from a file, so the app knows whether work would be lost.
 */
import type { DraftError } from '../report/draft/parse.ts';
import type { Saveable } from '../report/draft/saveable.ts';
import type { Report } from '../report/schema.ts';
import { AUTOSAVE_KEY } from './autosave-key.ts';
import type { DraftCodec } from './draft-codec.ts';

/** The report JSON as last saved to (or opened from) a file. */
const FILE_BASELINE_KEY = 'nianbao.savedToFile';

export function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function write(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    // Storage full or unavailable: the indicator then does not claim a save.
    return false;
  }
}

/**
 * Whether this browser lets the page keep anything (private windows and full disks refuse): a
 * small write and delete, so the user is told at once rather than at the first autosave.
 */
export function storageWorks(): boolean {
  const probe = 'nianbao.probe';
  if (!write(probe, '1')) return false;
  try {
    localStorage.removeItem(probe);
  } catch {
    return false;
  }
  return true;
}

/** The stored report, parsed with `codec` (draft-codec.ts: loaded whenever a draft is stored). */
export function loadAutosave(codec: DraftCodec | null, text = read(AUTOSAVE_KEY)): Report | null {
  if (!text || !codec) return null;
  const parsed = codec.parseDraft(text);
  return parsed.ok ? parsed.draft.report : null;
}

/**
 * Why autosave did not write: the browser refused (`storage`), the draft would not reopen
 * (`invalid`: the stored draft is left as it was), or an unreadable stored draft could not be moved
 * aside and still sits under AUTOSAVE_KEY (`held`: writing would destroy it).
 */
export type AutosaveRefusal = { reason: 'storage' } | { reason: 'invalid'; error: DraftError } | { reason: 'held' };

let held = false;
/** While true, autosave writes nothing: the unreadable stored draft is still under AUTOSAVE_KEY. */
export function holdAutosave(value: boolean): void {
  held = value;
}

/**
 * Writes the draft only when it would open again (the same parser as opening a file), so a good
 * stored draft is never replaced by one that will not parse. `checked`: saveableDraft's answer for
 * this report at `now`, when the caller has it already.
 */
export function writeAutosave(
  codec: DraftCodec,
  report: Report,
  now = new Date(),
  checked?: Saveable,
): { ok: true; text: string } | ({ ok: false } & AutosaveRefusal) {
  if (held) return { ok: false, reason: 'held' };
  const saveable = checked ?? codec.saveableDraft(report, now);
  if (!saveable.ok) return { ok: false, reason: 'invalid', error: saveable.error };
  return write(AUTOSAVE_KEY, saveable.text) ? { ok: true, text: saveable.text } : { ok: false, reason: 'storage' };
}

export const reportSignature = (report: Report): string => JSON.stringify(report);

export function fileBaseline(): string | null {
  return read(FILE_BASELINE_KEY);
}

export function writeFileBaseline(signature: string): void {
  write(FILE_BASELINE_KEY, signature);
}

export function markSavedToFile(report: Report): string {
  const signature = reportSignature(report);
  writeFileBaseline(signature);
  return signature;
}
