/** Draft files at the edge: download one, read one the user picked or dropped. */
import { draftFileName, serializeDraft, type Report } from '../../report/index.ts';

export function downloadDraft(report: Report): void {
  const blob = new Blob([serializeDraft(report)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = draftFileName(report);
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: Chrome starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readDraftFile(file: File): Promise<{ text: string; bytes: number }> {
  return { text: await file.text(), bytes: file.size };
}
