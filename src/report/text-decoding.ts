/**
 * Bytes of a text file → text, refusing instead of guessing. UTF-8 (with or without a BOM) is read
 * strictly: a damaged byte is an error with its position, never a silent U+FFFD. Where the caller
 * allows it, a file that is not UTF-8 but reads cleanly as GBK Chinese (a CSV saved by Excel on
 * Chinese Windows, a report saved by Notepad) is read as GBK; one that is neither is refused, with
 * the GBK hint when GBK is likely. Standard TextDecoder only: runs in the browser as in Node.
 */
import type { i18n as I18n } from 'i18next';
import { translate } from '../i18n/translate.ts';

export type TextEncodingName = 'utf-8' | 'gbk';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  /** `offset`: the first byte that is not UTF-8, counted from 1. */
  | { ok: false; problem: 'notUtf8'; offset: number }
  | { ok: false; problem: 'maybeGbk' };

/**
 * One decoder for every call, not one per file (`check` over a thousand drafts decodes a thousand
 * files). A decode() that is not streamed starts afresh, also after one that threw.
 */
let utf8: TextDecoder | undefined;

/**
 * A strict UTF-8 decoder a platform may have that is faster than its TextDecoder: the text (a
 * leading BOM dropped), or null when the bytes are not UTF-8. It must read exactly as the fatal
 * TextDecoder does; null sends the bytes the standard way, which finds where and what they are.
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | null;

export interface DecodeOptions {
  /** A file that is not UTF-8 may be read as GBK Chinese. */
  allowGbk?: boolean;
  utf8?: Utf8Decoder;
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const fast = options.utf8?.(bytes);
  if (typeof fast === 'string') return { ok: true, text: fast, encoding: 'utf-8' };
  try {
    utf8 ??= new TextDecoder('utf-8', { fatal: true });
    // The decoder drops a leading UTF-8 BOM by itself.
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: find where, then see whether it is GBK.
  }
  const scan = scanUtf8(bytes);
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // Mostly well-formed UTF-8 with a damaged spot is a damaged UTF-8 file: GBK would read it as
  // mojibake that looks like Chinese.
  if (!options.allowGbk || hasBom || scan.sequences > scan.invalid) return { ok: false, problem: 'notUtf8', offset: scan.firstInvalid + 1 };
  let text: string;
  try {
    // gb18030, not gbk: the same decoder in browsers, while Node's 'gbk' refuses four-byte sequences.
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'notUtf8', offset: scan.firstInvalid + 1 };
  }
  return looksLikeGbkChinese(bytes) ? { ok: true, text, encoding: 'gbk' } : { ok: false, problem: 'maybeGbk' };
}

/** Counts well-formed multi-byte UTF-8 sequences and the bytes that start none. */
function scanUtf8(bytes: Uint8Array): { sequences: number; invalid: number; firstInvalid: number } {
  let sequences = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const cont = (i: number) => i < bytes.length && ((bytes[i] ?? 0) & 0xc0) === 0x80;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    let length = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) length = 2;
    else if (b >= 0xe0 && b <= 0xef && cont(i + 1) && cont(i + 2)) {
      const b1 = bytes[i + 1] ?? 0;
      if (!(b === 0xe0 && b1 < 0xa0) && !(b === 0xed && b1 >= 0xa0)) length = 3;
    } else if (b >= 0xf0 && b <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      const b1 = bytes[i + 1] ?? 0;
      if (!(b === 0xf0 && b1 < 0x90) && !(b === 0xf4 && b1 >= 0x90)) length = 4;
    }
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    } else {
      if (length > 1) sequences++;
      i += length;
    }
  }
  return { sequences, invalid, firstInvalid: Math.max(firstInvalid, 0) };
}

/**
 * Whether GBK bytes read as Chinese prose: no control characters besides tab and line breaks, and
 * nearly every two-byte character is punctuation/full-width (GB2312 rows A1–A9) or one of the 3755
 * common hanzi (GB2312 level 1, rows B0–D7). Any pair of high bytes is *some* GBK character, so the
 * rarity is what tells Chinese from Latin-1 or binary: those land mostly on rare characters.
 */
function looksLikeGbkChinese(bytes: Uint8Array): boolean {
  let common = 0;
  let rare = 0;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      if ((lead < 0x20 && lead !== 0x09 && lead !== 0x0a && lead !== 0x0d) || lead === 0x7f) return false;
      i++;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    if (trail >= 0x30 && trail <= 0x39) {
      rare++; // a four-byte GB18030 sequence: not in GBK proper
      i += 4;
      continue;
    }
    if (trail >= 0xa1 && trail <= 0xfe && ((lead >= 0xa1 && lead <= 0xa9) || (lead >= 0xb0 && lead <= 0xd7))) common++;
    else rare++;
    i += 2;
  }
  return common > 0 && rare * 10 <= common;
}

/** The refusal in the UI language. */
export function renderDecodeProblem(result: Exclude<DecodeResult, { ok: true }>, i18n: I18n): string {
  return result.problem === 'notUtf8'
    ? translate(i18n, 'drafts:encoding.notUtf8', { offset: result.offset })
    : translate(i18n, 'drafts:encoding.maybeGbk');
}
