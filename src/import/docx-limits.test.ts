import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, NotADocxError, checkEntries, declaredEntries, decodeXml } from './docx-limits.ts';

async function zipOf(entries: number, comment = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  for (let i = 0; i < entries; i++) zip.file(`part${i}.xml`, `<p>${i}</p>`);
  return zip.generateAsync({ type: 'uint8array', comment });
}

describe('declaredEntries: the entry count a zip declares, before it is parsed', () => {
  it('reads the end-of-central-directory record, both bytes of the count', async () => {
    expect(declaredEntries(await zipOf(3))).toBe(3);
    expect(declaredEntries(await zipOf(300))).toBe(300);
  });

  it('finds the record before an archive comment', async () => {
    expect(declaredEntries(await zipOf(2, '年度报告 '.repeat(40)))).toBe(2);
  });

  it('is null for bytes that are no zip, however short', () => {
    expect(declaredEntries(new TextEncoder().encode('这不是压缩包'.repeat(50)))).toBeNull();
    expect(declaredEntries(new Uint8Array(0))).toBeNull();
    expect(declaredEntries(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBeNull();
  });
});

/** `text` as UTF-16 bytes, little- or big-endian, with or without a byte-order mark. */
function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  units.forEach((u, i) => view.setUint16(i * 2, u, littleEndian));
  return out;
}

const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
  '<w:p><w:r><w:t>某某县人民政府2024年政府信息公开工作年度报告</w:t></w:r></w:p></w:body></w:document>';

describe('decodeXml: the text of document.xml in the encodings Word and other tools write', () => {
  it('reads UTF-8, the encoding of nearly every .docx', () => {
    // Word writes UTF-8; it must not be mistaken for UTF-16 by any of the byte-order checks.
    const xml = DOCUMENT.replace('UTF-16', 'UTF-8');
    expect(decodeXml(new TextEncoder().encode(xml))).toBe(xml);
  });

  it('reads UTF-8 that starts with a line break before the first tag', () => {
    // Hand-made or tool-made parts may start "\n<w:document…": the '<' as second byte is no sign of UTF-16.
    const xml = `\n${DOCUMENT.replace(/^<\?xml[^>]*>/, '')}`;
    expect(decodeXml(new TextEncoder().encode(xml))).toBe(xml);
  });

  it.each([
    ['little-endian with a byte-order mark', true, true],
    ['big-endian with a byte-order mark', false, true],
    ['little-endian without a byte-order mark (starts <\\0)', true, false],
    ['big-endian without a byte-order mark (starts \\0<)', false, false],
  ])('reads UTF-16 %s', (_, littleEndian, bom) => {
    // Each of the four ways a UTF-16 part can start yields the same text, mark removed, Chinese intact.
    expect(decodeXml(utf16(DOCUMENT, littleEndian, bom))).toBe(DOCUMENT);
  });

  it('takes only a whole byte-order mark as one: unmarked text is read as UTF-8', () => {
    // Unmarked little-endian text whose first character is 泾 (FE 6C) or （ (08 FF) holds one byte
    // of the big-endian mark; it is read as UTF-8 (and then refused as not XML), not re-guessed as
    // big-endian from that one byte.
    for (const text of ['泾阳县人民政府', '（一）主动公开政府信息情况']) {
      const bytes = utf16(text, true, false);
      expect(decodeXml(bytes)).toBe(new TextDecoder('utf-8').decode(bytes));
      expect(decodeXml(bytes)).toContain('\ufffd');
    }
  });
});

describe('checkEntries: the package entry limit', () => {
  it('accepts a package of exactly the entry limit and refuses one entry more, with the count and limit', () => {
    // The limit is inclusive: a package of 5000 entries is still read.
    expect(() => checkEntries(DOCX_LIMITS.entries, DOCX_LIMITS)).not.toThrow();
    expect(() => checkEntries(42, DOCX_LIMITS)).not.toThrow();
    let error: unknown;
    try {
      checkEntries(DOCX_LIMITS.entries + 1, DOCX_LIMITS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotADocxError);
    expect(error).toMatchObject({ reason: 'tooManyEntries', params: { count: '5001', limit: '5000' } });
  });
});
