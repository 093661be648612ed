/**
 * Size limits on what the app and the CLI read, and the one way a refusal states them. Files are
 * refused by size before they are read or decoded: decoding a huge file costs memory first and
 * fails late (Node cannot hold a string over ~512 MB).
 */
import type { i18n as I18n } from 'i18next';
import { translate } from '../i18n/translate.ts';

const KB = 1024;
const MB = 1024 * KB;

/** A full report with long prose is well under 1 MB. */
export const MAX_DRAFT_BYTES = 5 * MB;
/** A published report as .docx (pictures included), .html, .txt or .md. */
export const MAX_REPORT_BYTES = 50 * MB;
/** The tables' CSV is about 15 KB; the limit only keeps a wrong file from taking the memory. */
export const MAX_CSV_BYTES = 50 * MB;
/** A block pasted into a table: a whole table is under 2 KB. */
export const MAX_PASTE_BYTES = 64 * KB;

export type SizeLimited = 'draft' | 'report' | 'csv' | 'paste';

export const SIZE_LIMITS: Readonly<Record<SizeLimited, number>> = {
  draft: MAX_DRAFT_BYTES,
  report: MAX_REPORT_BYTES,
  csv: MAX_CSV_BYTES,
  paste: MAX_PASTE_BYTES,
};

function unitOf(bytes: number): { name: string; size: number } {
  if (bytes >= MB) return { name: 'MB', size: MB };
  if (bytes >= KB) return { name: 'KB', size: KB };
  return { name: 'B', size: 1 };
}

/** `5 MB`, `1.3 MB`, `64 KB`, `512 B`: one decimal at most, none when it is 0. */
export function formatBytes(bytes: number): string {
  const unit = unitOf(bytes);
  return `${Number((bytes / unit.size).toFixed(1))} ${unit.name}`;
}

/**
 * A size next to its limit. In the same unit, the size is rounded up and the limit down, so a file
 * a few bytes over a limit never reads as being of the limit's size (the old text said "5.0 MB, at
 * most 5.0 MB"); in different units they cannot read alike.
 */
export function sizeAndLimit(size: number, limit: number): { size: string; limit: string } {
  const unit = unitOf(limit);
  if (unitOf(size).name !== unit.name) return { size: formatBytes(size), limit: formatBytes(limit) };
  const tenths = (bytes: number, round: (x: number) => number) => `${round((bytes / unit.size) * 10) / 10} ${unit.name}`;
  return { size: tenths(size, Math.ceil), limit: tenths(limit, Math.floor) };
}

/** UTF-8 length of a text without encoding it (a 10 MB paste need not be copied to be measured). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The refusal of anything over its limit: the same words, size and limit everywhere. */
export function renderTooLarge(what: SizeLimited, size: number, i18n: I18n): string {
  return translate(i18n, 'drafts:tooLarge', {
    ...sizeAndLimit(size, SIZE_LIMITS[what]),
    what: translate(i18n, `drafts:sizeLimited.${what}`),
  });
}
