/**
 * Which published-report files the importer reads, by extension alone: the draft bar's drop
 * handler asks this on the first screen, without the decoders file-kind.ts brings along.
 */
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
