/** What the draft worker does with a file (draft.worker.ts), apart so a test can run it. */
import { parseDraft, type DraftParseResult } from '../report/draft/parse.ts';

/** The parser's answer, or why the file could not be read at all (it is gone, access was lost). */
export type DraftReply = { ok: true; result: DraftParseResult } | { ok: false; message: string };

export function readDraft(file: Blob): Promise<DraftReply> {
  return file.text().then(
    (text): DraftReply => ({ ok: true, result: parseDraft(text, file.size) }),
    (error: unknown): DraftReply => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
}
