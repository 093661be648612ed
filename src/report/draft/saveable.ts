/**
 * Whether a report can be saved and opened again: the text that would be written, parsed back
 * with the same parser that opens files. Autosave and 保存草稿 write nothing that fails this, so a
 * stored draft that opened once keeps opening.
 */
import type { Report } from '../schema.ts';
import { serializeDraft } from './envelope.ts';
import { parseDraft, type DraftError } from './parse.ts';

export type Saveable = { ok: true; text: string } | { ok: false; error: DraftError };

export function saveableDraft(report: Report, now = new Date()): Saveable {
  const text = serializeDraft(report, now);
  const parsed = parseDraft(text);
  return parsed.ok ? { ok: true, text } : { ok: false, error: parsed.error };
}
