/**
 * Which published-report files the importer reads, by extension, and the importer's input for a
 * file's bytes. The app (file picker, drop) and the CLI both use it, so they accept the same files.
 */
import type { ImportInput } from './import-report.ts';

export type FileKind = 'docx' | 'html' | 'text';

const KINDS: Readonly<Record<string, FileKind>> = {
  docx: 'docx',
  html: 'html',
  htm: 'html',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
};

/** The `accept` list of the app's file picker. */
export const ACCEPTED_FILES = '.txt,.docx,.html,.htm,.md';

/** The kind of a report file by its extension; null when it cannot be imported (.doc, .pdf…). */
export function fileKind(name: string): FileKind | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (extension !== undefined && KINDS[extension]) || null;
}

/** The importer's input for a file's bytes; null for an unsupported kind. */
export function inputOfFile(name: string, bytes: Uint8Array): ImportInput | null {
  const text = () => new TextDecoder().decode(bytes);
  switch (fileKind(name)) {
    case 'docx':
      return { kind: 'docx', bytes };
    case 'html':
      return { kind: 'html', html: text() };
    case 'text':
      return { kind: 'text', text: text() };
    default:
      return null;
  }
}
