/** Draft files at the edge: download one (session/draft-reader.ts reads one the user picked or dropped). */
import { draftFileName } from '../../report/file-name.ts';
import type { Report } from '../../report/schema.ts';

/** `text` is the draft as checked to reopen (saveableDraft), never serialized again here. */
/** Returns the file's name (the browser may add a number when the downloads folder has one). */
export function downloadDraft(report: Report, text: string): string {
  const name = draftFileName(report);
  downloadText(text, name);
  return name;
}

export function downloadText(text: string, name: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chrome starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
