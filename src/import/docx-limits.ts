/**
 * Bounded reading of a .docx package: a zip bomb, a package of a million entries, XML nested
 * thousands deep or a part that is not XML are refused with a reason, quickly and with bounded
 * memory, instead of hanging the page or crashing (issue 10 §3).
 */
import type JSZip from 'jszip';

export interface DocxLimits {
  /** Inflated bytes of word/document.xml (the only part read). Real reports: well under 1 MB. */
  documentBytes: number;
  /** Entries in the package. Word writes a few dozen; hundreds with many images. */
  entries: number;
  /** Element nesting in document.xml. Word nests tables at most 63 deep (three levels each). */
  depth: number;
}

export const DOCX_LIMITS: DocxLimits = { documentBytes: 20 * 1024 * 1024, entries: 5000, depth: 1000 };

/** Why a .docx was refused; also the i18n key suffix `import:errors.notADocx<Reason>`. */
export type NotADocxReason = 'tooLarge' | 'tooManyEntries' | 'notXml' | 'tooDeep';

export class NotADocxError extends Error {
  constructor(
    message: string,
    readonly reason?: NotADocxReason,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

const MB = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10);

/**
 * The entry count from the end-of-central-directory record, read before JSZip parses the whole
 * directory; null when there is none (JSZip then refuses the file itself).
 */
export function declaredEntries(bytes: Uint8Array): number | null {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      return (bytes[i + 10] ?? 0) | ((bytes[i + 11] ?? 0) << 8);
    }
  }
  return null;
}

export function checkEntries(count: number, limits: DocxLimits): void {
  if (count > limits.entries)
    throw new NotADocxError('too many entries', 'tooManyEntries', { count: String(count), limit: String(limits.entries) });
}

/** JSZip's streaming interface (used by `async()` but missing from its type declarations). */
interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', listener: (error: Error) => void): StreamHelper;
  on(event: 'end', listener: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/**
 * A part's bytes, inflated chunk by chunk and refused as soon as they pass `limit`: the size in
 * the zip header is checked first, but it can lie, so the bytes are counted as they come.
 */
export function inflateCapped(file: JSZip.JSZipObject, limit: number, part: string): Promise<Uint8Array> {
  const tooLarge = () => new NotADocxError(`${part} larger than ${limit} bytes`, 'tooLarge', { part, limit: MB(limit) });
  // `_data` is JSZip's record of the entry, with the central directory's sizes.
  const declared = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (typeof declared === 'number' && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > limit) {
          done = true;
          stream.pause();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => {
        if (done) return;
        done = true;
        reject(new NotADocxError(error.message));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/** The XML text: UTF-8, or UTF-16 when it says so with a byte-order mark (or starts `<\0`). */
export function decodeXml(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (a === 0x3c && b === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0x00 && b === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** `at + offset`, or -1 when `at` is -1 (not found). */
const after = (at: number, offset: number) => (at < 0 ? -1 : at + offset);

/** Steps of the depth scan, for the linearity tests. */
export const depthSteps = { count: 0 };

/**
 * The deepest element nesting in `xml`, scanning no further than `limit` + 1 (one pass, no
 * parser). Checked before parsing: the XML parser's own work grows with the square of the depth
 * (200 000 nested elements: 14 s), and deep trees overflow recursive walks.
 */
export function nestingDepth(xml: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    depthSteps.count++;
    const next = xml[i + 1];
    let end: number;
    if (xml.startsWith('<!--', i)) end = after(xml.indexOf('-->', i + 4), 2);
    else if (xml.startsWith('<![CDATA[', i)) end = after(xml.indexOf(']]>', i + 9), 2);
    else if (next === '?' || next === '!') end = xml.indexOf('>', i + 2);
    else {
      // A tag: find its '>' outside attribute values.
      let j = i + 1;
      let quote = '';
      for (; j < xml.length; j++) {
        const c = xml[j];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      depthSteps.count += j - i;
      end = j;
      if (next === '/') depth--;
      else if (xml[j - 1] !== '/') {
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest > limit) return deepest;
      }
    }
    if (end < 0 || end >= xml.length) break;
    depthSteps.count += 1;
    i = xml.indexOf('<', end + 1);
  }
  return deepest;
}
