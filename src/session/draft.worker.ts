/**
 * Reads and parses a draft file, or the text of a large stored draft at startup, off the UI thread:
 * for a 4 MB draft, decoding the file, JSON.parse and the validation were one task of about 400 ms
 * on the page (issue 10: none over 200 ms).
 */
import { readDraft, type DraftReply } from './draft-read.ts';

// The worker's global scope; the DOM typings this project compiles with describe a window.
const scope = self as unknown as { onmessage: ((e: MessageEvent<File | string>) => void) | null; postMessage(reply: DraftReply): void };
scope.onmessage = (e) => void readDraft(e.data).then((reply) => scope.postMessage(reply));
