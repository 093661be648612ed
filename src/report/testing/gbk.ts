/**
 * A GBK encoder for tests, built by decoding every two-byte GBK sequence (TextEncoder only writes
 * UTF-8, and no encoder library is needed for the app itself).
 */
let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** The GBK bytes of `text`; throws on a character GBK cannot hold. */
export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = map.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
