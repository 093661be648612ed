/**
 * Which published-report files the importer reads, by extension, and the importer's input for a
 * file's bytes. The app (file picker, drop) and the CLI both use it, so they accept the same files.
 */
import { decodeHtml } from './html-charset.ts';
import type { ImportInput } from './import-report.ts';
import { fileKind } from './file-extension.ts';

export { ACCEPTED_FILES, fileKind, type FileKind } from './file-extension.ts';

/** The importer's input for a file's bytes; null for an unsupported kind. */
export function inputOfFile(name: string, bytes: Uint8Array): ImportInput | null {
  const text = () => new TextDecoder().decode(bytes);
  // A PDF whatever its name says: sites serve attachments as “下载.do” or “附件.html”.
  if (isPdf(bytes)) return { kind: 'pdf', bytes };
  switch (fileKind(name)) {
    case 'pdf':
      return { kind: 'pdf', bytes };
    case 'docx':
      return { kind: 'docx', bytes };
    case 'html':
      return { kind: 'html', html: decodeHtml(bytes) };
    case 'text':
      return { kind: 'text', text: text() };
    default:
      return null;
  }
}

/** The PDF header, `%PDF-`, at the start (after stray whitespace some servers prepend). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 64));
  return /^\s*%PDF-/.test(head);
}
