/**
 * A saved web page's bytes → its text. Government sites often serve GBK/GB2312, and Chrome's
 * “网页，仅HTML” keeps the page's own bytes: decoded as a browser would — a byte-order mark first,
 * then the `<meta charset>` / `<meta http-equiv="Content-Type" content="…; charset=…">` found in
 * the first bytes, then UTF-8, and GBK when the bytes are not UTF-8 but read as GBK Chinese.
 */
import { decodeText } from '../report/text-decoding.ts';

/** How far into the page the charset declaration is looked for (the HTML standard's prescan: 1024). */
const PRESCAN_BYTES = 1024;

/**
 * The Encoding Standard decodes every GB label with the GB18030 decoder, as browsers do; Node's
 * ICU decoder for 'gbk' refuses GB18030's four-byte sequences, so the CLI names gb18030 itself.
 */
const LABELS: Readonly<Record<string, string>> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  big5: 'big5',
};

/** The encoding a page declares in its first bytes, as a TextDecoder label; null when none is known. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).toLowerCase();
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_-]+)/.exec(head)?.[1];
  return (meta && LABELS[meta]) ?? null;
}

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // A label this runtime's TextDecoder lacks (Node without full ICU): read as undeclared.
    }
  }
  const decoded = decodeText(bytes, { allowGbk: true });
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}
