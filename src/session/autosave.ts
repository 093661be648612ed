/**
 * The browser copy of the draft (AUTOSAVE_KEY, exactly serializeDraft's JSON) and the record of
 * what was last saved to or opened from a file, so the app knows whether work would be lost.
 */
import { parseDraft, serializeDraft, type Report } from '../report/index.ts';
import { AUTOSAVE_KEY } from './autosave-key.ts';

/** The report JSON as last saved to (or opened from) a file. */
const FILE_BASELINE_KEY = 'nianbao.savedToFile';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): boolean {
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

export function loadAutosave(text = read(AUTOSAVE_KEY)): Report | null {
  if (!text) return null;
  const parsed = parseDraft(text);
  return parsed.ok ? parsed.draft.report : null;
}

/** Writes the draft; returns the stored text, or null when storage refused it. */
export function writeAutosave(report: Report, now = new Date()): string | null {
  const text = serializeDraft(report, now);
  return write(AUTOSAVE_KEY, text) ? text : null;
}

export const reportSignature = (report: Report): string => JSON.stringify(report);

export function fileBaseline(): string | null {
  return read(FILE_BASELINE_KEY);
}

export function markSavedToFile(report: Report): string {
  const signature = reportSignature(report);
  write(FILE_BASELINE_KEY, signature);
  return signature;
}
