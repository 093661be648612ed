/**
 * What the user gave the import dialog (a paste, a chosen or dropped file) → the importer's input.
 * The clipboard's text/html is preferred: copied from a web page or Word it keeps the real
 * <table> rows and cells, which plain text loses; the plain text is the fallback.
 */
import type { ImportInput } from '../../import/index.ts';

/** Only what the paste handler needs of DataTransfer (testable without a browser). */
export interface ClipboardLike {
  getData(format: string): string;
}

export function clipboardInput(data: ClipboardLike): ImportInput | null {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (html.trim()) return text.trim() ? { kind: 'html', html, text } : { kind: 'html', html };
  return text.trim() ? { kind: 'text', text } : null;
}

export type FileKind = 'docx' | 'html' | 'text';

/** The kind of a report file by its extension; null when it cannot be imported (.doc, .pdf…). */
export function fileKind(name: string): FileKind | null {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'docx') return 'docx';
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'txt' || extension === 'md' || extension === 'text' || extension === 'markdown') return 'text';
  return null;
}

export const ACCEPTED_FILES = '.txt,.docx,.html,.htm,.md';

/** Reads a file for the importer, or null for an unsupported kind. */
export async function fileInput(file: Pick<File, 'name' | 'text' | 'arrayBuffer'>): Promise<ImportInput | null> {
  switch (fileKind(file.name)) {
    case 'docx':
      return { kind: 'docx', bytes: new Uint8Array(await file.arrayBuffer()) };
    case 'html':
      return { kind: 'html', html: await file.text() };
    case 'text':
      return { kind: 'text', text: await file.text() };
    default:
      return null;
  }
}
