/** What the draft worker does with a file or a stored draft's text (draft.worker.ts), apart so a test can run it. */
import { parseDraft, type DraftParseResult } from '../report/draft/parse.ts';

/** The parser's answer, or why the file could not be read at all (it is gone, access was lost). */
export type DraftReply = { ok: true; result: DraftParseResult } | { ok: false; message: string };

/**
 * A file is measured in bytes against the size limit; a stored draft's text (a string) is not, as
 * opening it on this thread never did: what the browser kept is opened whatever its size.
 */
export function readDraft(input: Blob | string): Promise<DraftReply> {
  if (typeof input === 'string') return Promise.resolve({ ok: true, result: parseDraft(input) });
  return input.text().then(
    (text): DraftReply => ({ ok: true, result: parseDraft(text, input.size) }),
    (error: unknown): DraftReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
}
