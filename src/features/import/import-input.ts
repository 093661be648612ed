/**
 * What the user gave the import dialog (a paste, a chosen or dropped file) → the importer's input.
 * The clipboard's text/html is preferred: copied from a web page or Word it keeps the real
 * <table> rows and cells, which plain text loses; the plain text is the fallback.
 */
import type { ImportInput } from '../../import/index.ts';
import { fileKind, inputOfFile, isPdf } from '../../import/file-kind.ts';

export { ACCEPTED_FILES } from '../../import/file-kind.ts';

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

/** Reads a file for the importer, or null for an unsupported kind. */
export async function fileInput(file: Pick<File, 'name' | 'arrayBuffer'>): Promise<ImportInput | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A PDF is known by its first bytes whatever its name (“下载.do”); other files by their name.
  return fileKind(file.name) || isPdf(bytes) ? inputOfFile(file.name, bytes) : null;
}
