/**
 * Strict UTF-8 decoding for the CLI, about four times faster than Node's fatal TextDecoder on a
 * Chinese draft: Node 20 checks the bytes with simdutf (isUtf8) and converts them with ICU
 * (transcode), where the TextDecoder converts code point by code point. `check` over a thousand
 * drafts spent about a tenth of its time decoding. Reads exactly as the fatal TextDecoder does (a test
 * compares the two on any bytes); a Node without ICU falls back to the standard way.
 */
import { Buffer, isUtf8, transcode } from 'node:buffer';
import type { Utf8Decoder } from '../report/index.ts';

const BOM = [0xef, 0xbb, 0xbf] as const;

export const nodeUtf8: Utf8Decoder = (bytes) => {
  // ICU's transcode happens to throw on malformed input too, but only isUtf8 promises strictness.
  if (!isUtf8(bytes)) return null;
  const start = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
  const utf8 = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start);
  if (utf8.length === 0) return '';
  try {
    return transcode(utf8, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    // A Node built without ICU cannot transcode: the caller's TextDecoder reads the bytes.
    return null;
  }
};
