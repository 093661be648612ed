import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { SEED_DRAFTS } from './fixtures/seeds.ts';
import { tablesToCsv } from './csv.ts';
import { encodeGbk } from './testing/gbk.ts';
import { decodeText, renderDecodeProblem } from './text-decoding.ts';

const SEED = 20261121;
const utf8 = (text: string) => new TextEncoder().encode(text);
// The 3755 common hanzi (GB2312 level 1), the bulk of any Chinese report.
const COMMON_HANZI = (() => {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++)
    for (let trail = 0xa1; trail <= 0xfe; trail++) chars.push(decoder.decode(new Uint8Array([lead, trail])));
  return chars.filter((c) => c !== '\uFFFD');
})();
const cjk = fc.constantFrom(...COMMON_HANZI);

describe('decodeText', () => {
  it('any well-formed string encoded as UTF-8 decodes back (a leading BOM is dropped)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), (text, gbk) => {
        const result = decodeText(utf8(text), { allowGbk: gbk });
        expect(result).toEqual({ ok: true, text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' });
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a damaged byte among two-byte UTF-8 characters (×, é) is damaged UTF-8, at its offset', () => {
    const bytes = new Uint8Array([...utf8('单价×3，café×2'), 0xff, ...utf8('。')]);
    expect(decodeText(bytes, { allowGbk: true })).toEqual({ ok: false, problem: 'notUtf8', offset: utf8('单价×3，café×2').length + 1 });
  });

  it('counts four-byte UTF-8 characters (CJK Extension B, U+10000 to U+10FFFF) as whole, and no byte past them', () => {
    // Eight four-byte characters (32 bytes), more than the bad bytes after them: damaged UTF-8 at offset 33.
    const good = utf8('𠀀\u{10000}\u{10FFFF}𪚥'.repeat(2));
    expect(decodeText(new Uint8Array([...good, 0xff]), { allowGbk: true })).toEqual({ ok: false, problem: 'notUtf8', offset: 33 });
    // Not four-byte characters: an overlong form (F0 80…), one past U+10FFFF (F4 90…), F5, and one cut short.
    for (const bad of [
      [0xf0, 0x80, 0x80, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf5, 0x80, 0x80, 0x80],
      [0xf0, 0x9f, 0x98],
    ]) {
      expect(decodeText(new Uint8Array([...good, ...bad]), { allowGbk: true })).toEqual({ ok: false, problem: 'notUtf8', offset: 33 });
    }
  });

  it('reads GBK with a four-byte GB18030 character among common hanzi (one rare one does not tip it)', () => {
    // 报告 + U+0080 (GB18030 81 30 81 30) + 年度, then common text: the four bytes are stepped over whole.
    const bytes = new Uint8Array([...encodeGbk('报告'), 0x81, 0x30, 0x81, 0x30, ...encodeGbk('年度政府信息公开工作年度报告')]);
    expect(decodeText(bytes, { allowGbk: true })).toEqual({ ok: true, text: '报告\u0080年度政府信息公开工作年度报告', encoding: 'gbk' });
  });

  it('accepts a UTF-8 BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('表,三')]))).toEqual({ ok: true, text: '表,三', encoding: 'utf-8' });
  });

  it('GBK bytes of Chinese text are detected and read as GBK', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(cjk, cjk, fc.constantFrom('，', '。', '（', '）', '、', '“', '”', ',', '1', 'a', ' ', '\n')), {
          minLength: 8,
          maxLength: 200,
        }),
        (chars) => {
          const text = `报告${chars.join('')}`;
          expect(decodeText(encodeGbk(text), { allowGbk: true })).toEqual({ ok: true, text, encoding: 'gbk' });
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('reads the tables CSV of a real report saved as GBK', () => {
    const csv = tablesToCsv(SEED_DRAFTS['002'].report.tables);
    expect(decodeText(encodeGbk(csv), { allowGbk: true })).toEqual({ ok: true, text: csv, encoding: 'gbk' });
  });

  it('refuses GBK where the caller reads UTF-8 only, naming the first wrong byte', () => {
    expect(decodeText(encodeGbk('ab中文'))).toEqual({ ok: false, problem: 'notUtf8', offset: 3 });
  });

  it('a UTF-8 file with a damaged byte is damaged UTF-8, not GBK (no mojibake)', () => {
    const bytes = utf8('一、总体情况：本机关认真贯彻落实政府信息公开条例。');
    bytes[12] = 0xff;
    const result = decodeText(bytes, { allowGbk: true });
    expect(result).toMatchObject({ ok: false, problem: 'notUtf8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...encodeGbk('中文中文')]), { allowGbk: true })).toMatchObject({
      ok: false,
      problem: 'notUtf8',
      offset: 4,
    });
  });

  it('bytes that decode as GBK but do not read as Chinese are refused with the GBK hint', () => {
    // Latin-1 accented text: not UTF-8, and every pair of its high bytes is some GBK character.
    const latin1 = new Uint8Array([...'Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0xe8, 0xe0, 0xe9, 0xc0, 0xc1]));
    const result = decodeText(latin1, { allowGbk: true });
    expect(result).toEqual({ ok: false, problem: 'maybeGbk' });
    if (result.ok) return;
    expect(renderDecodeProblem(result, createI18n('zh-CN'))).toMatch(/^文件可能是GBK编码…?/);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, gbk) => {
        const result = decodeText(bytes, { allowGbk: gbk });
        if (!result.ok && result.problem === 'notUtf8') expect(result.offset).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('where damaged UTF-8 is first damaged', () => {
  /** The byte offset of the first character a standard (non-fatal) UTF-8 decoder replaces, counted from 1. */
  const firstReplaced = (bytes: Uint8Array) => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return utf8(text.slice(0, text.indexOf('\uFFFD'))).length + 1;
  };
  // Bytes at the edges of UTF-8's ranges: lead bytes C1/C2, DF/E0, EF/F0, F4/F5, the second-byte limits of E0, ED, F0 and F4.
  const edgy = fc.constantFrom(
    0x41,
    0x7f,
    0x80,
    0x8f,
    0x90,
    0x9f,
    0xa0,
    0xbf,
    0xc0,
    0xc1,
    0xc2,
    0xdf,
    0xe0,
    0xed,
    0xef,
    0xf0,
    0xf4,
    0xf5,
    0xff,
  );
  const chunk = fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }).map((s) => [...utf8(s.replace(/\uFFFD/g, ''))]),
    fc.array(edgy, { minLength: 1, maxLength: 4 }),
  );

  it('is named at the same byte a standard decoder first replaces', () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 12 }), (chunks) => {
        const bytes = new Uint8Array(chunks.flat());
        const result = decodeText(bytes);
        if (result.ok) return;
        expect(result).toEqual({ ok: false, problem: 'notUtf8', offset: firstReplaced(bytes) });
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('accepts every form at the edges of the ranges before a damaged byte', () => {
    // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF: each well-formed, so the damage is after them.
    const good = [0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xee, 0x80, 0x80, 0xef, 0xbf, 0xbf];
    const four = [0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf];
    const bytes = new Uint8Array([...good, ...four, 0xff]);
    expect(decodeText(bytes, { allowGbk: true })).toEqual({ ok: false, problem: 'notUtf8', offset: bytes.length });
    // Their ill-formed neighbours: C1 (overlong), E0 9F (overlong), ED A0 (a surrogate), a lead byte without its continuation.
    for (const bad of [
      [0xc1, 0xbf],
      [0xe0, 0x9f, 0x80],
      [0xed, 0xa0, 0x80],
      [0xc2, 0x41],
      [0xe1, 0x80, 0x41],
      [0xf1, 0x80, 0x80, 0x41],
    ])
      expect(decodeText(new Uint8Array([...good, ...bad]), { allowGbk: true })).toEqual({
        ok: false,
        problem: 'notUtf8',
        offset: good.length + 1,
      });
  });

  it('says where, in the UI language', () => {
    const result = decodeText(new Uint8Array([0x41, 0xff]));
    if (result.ok) throw new Error('decoded');
    expect(renderDecodeProblem(result, createI18n('zh-CN'))).toBe('文件不是UTF-8编码（第2个字节有误），请另存为UTF-8后重试');
  });
});

describe('damaged UTF-8 or GBK', () => {
  // 卢 and 炉 are GBK bytes that happen to be one well-formed two-byte UTF-8 character each (C2–DF, 80–BF);
  // 啊 (B0 A1) is two bytes that start no UTF-8 character.
  it('reads GBK while its stray bytes are at least as many as the UTF-8-looking characters', () => {
    expect(decodeText(encodeGbk('卢炉啊'), { allowGbk: true })).toEqual({ ok: true, text: '卢炉啊', encoding: 'gbk' });
  });

  it('calls it damaged UTF-8 once the well-formed characters outnumber the stray bytes', () => {
    expect(decodeText(encodeGbk('卢炉鲁啊'), { allowGbk: true })).toEqual({ ok: false, problem: 'notUtf8', offset: 7 });
  });
});

describe('a UTF-8 BOM is all three of its bytes', () => {
  it('reads GBK whose first bytes only partly match EF BB BF', () => {
    const rest = [...encodeGbk('政府信息公开工作年度报告')];
    const gbkDecoder = new TextDecoder('gbk');
    for (const start of [
      [0xb0, 0xbb, 0xbf, 0xa1], // … BB BF: not EF first
      [0xef, 0xa1, 0xbf, 0xa1], // EF … BF: not BB second
      [0xef, 0xbb, 0xb0, 0xa1], // EF BB …: not BF third
    ]) {
      const bytes = new Uint8Array([...start, ...rest]);
      expect(decodeText(bytes, { allowGbk: true })).toEqual({ ok: true, text: gbkDecoder.decode(bytes), encoding: 'gbk' });
    }
  });
});

describe('one decoder shared by every call', () => {
  it('reads a file whole after a file that was cut off inside a character (nothing carried over)', () => {
    const good = utf8('年报：共收到申请12件');
    // The first two bytes of 年 (E5 B9 B4): a streamed decoder would keep them and prefix the next file.
    const cut = good.slice(0, 2);
    expect(decodeText(cut).ok).toBe(false);
    expect(decodeText(good)).toEqual({ ok: true, text: '年报：共收到申请12件', encoding: 'utf-8' });
    // A leading BOM is still dropped on every call, not only on the first.
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...good]);
    expect(decodeText(bom)).toEqual({ ok: true, text: '年报：共收到申请12件', encoding: 'utf-8' });
    expect(decodeText(bom)).toEqual({ ok: true, text: '年报：共收到申请12件', encoding: 'utf-8' });
  });
});

describe("a platform's faster UTF-8 decoder", () => {
  it('gives the text when it reads the bytes, and the standard way decides when it cannot', () => {
    const good = utf8('共收到申请12件');
    expect(decodeText(good, { utf8: () => 'from the platform' })).toEqual({ ok: true, text: 'from the platform', encoding: 'utf-8' });
    // null: the standard decoder reads it, and still says where damaged bytes are.
    expect(decodeText(good, { utf8: () => null })).toEqual({ ok: true, text: '共收到申请12件', encoding: 'utf-8' });
    const damaged = new Uint8Array([...good.slice(0, 3), 0xff, ...good.slice(3)]);
    expect(decodeText(damaged, { utf8: () => null })).toEqual({ ok: false, problem: 'notUtf8', offset: 4 });
  });
});
