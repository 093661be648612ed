/**
 * Which published-report files the importer reads, by extension, and the importer's input for a
 * file's bytes. The app (file picker, drop) and the CLI both use it, so they accept the same files.
 */
import { decodeHtml } from './html-charset.ts';
import type { ImportInput } from './import-report.ts';

export type FileKind = 'docx' | 'pdf' | 'html' | 'text';

const KINDS: Readonly<Record<string, FileKind>> = {
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
};

/** The `accept` list of the app's file picker. */
export const ACCEPTED_FILES = '.txt,.docx,.pdf,.html,.htm,.md';

/** The kind of a report file by its extension; null when it cannot be imported (.doc, .xls…). */
export function fileKind(name: string): FileKind | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (extension !== undefined && KINDS[extension]) || null;
}

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
