/** Which GBK bytes read as Chinese prose (looksLikeGbkChinese, through decodeText). */
import { describe, expect, it } from 'vitest';
import { encodeGbk } from './testing/gbk.ts';
import { decodeText } from './text-decoding.ts';

const gbk = (bytes: number[]) => decodeText(new Uint8Array(bytes), { allowGbk: true });
const COMMON = [...encodeGbk('政府信息公开工作年度报告本年度共收到申请件')];

describe('GBK detection', () => {
  it('allows tab and line breaks but no other control character', () => {
    expect(gbk([...COMMON, 0x09, 0x0d, 0x0a, ...COMMON])).toMatchObject({ ok: true, encoding: 'gbk' });
    for (const control of [0x00, 0x01, 0x1b, 0x1f, 0x7f]) {
      expect(gbk([...COMMON, control, ...COMMON])).toEqual({ ok: false, problem: 'maybeGbk' });
    }
    expect(gbk([...COMMON, 0x20, 0x7e, ...COMMON])).toMatchObject({ ok: true });
  });

  it('counts GB2312 punctuation (rows A1–A9) and level-1 hanzi (B0–D7) as common, their neighbours as rare', () => {
    // Eleven pairs: one rare pair in ten common ones still reads as Chinese, two do not.
    const pairs = (common: number[], rare: number[][]) => [...Array.from({ length: 10 }, () => common).flat(), ...rare.flat()];
    for (const common of [
      [0xa1, 0xa1],
      [0xa9, 0xfe],
      [0xb0, 0xa1],
      [0xd7, 0xf9],
    ]) {
      expect(gbk(pairs(common, [[0xd8, 0xa1]]))).toMatchObject({ ok: true, encoding: 'gbk' });
      expect(
        gbk(
          pairs(common, [
            [0xd8, 0xa1],
            [0xaa, 0xa1],
          ]),
        ),
      ).toEqual({ ok: false, problem: 'maybeGbk' });
    }
    // Outside the common rows or with a trail byte below A1: rare.
    for (const rare of [
      [0xaa, 0xa1],
      [0xaf, 0xa1],
      [0xf7, 0xa1],
      [0xb0, 0x80],
    ]) {
      expect(gbk(Array.from({ length: 10 }, () => rare).flat())).toEqual({ ok: false, problem: 'maybeGbk' });
    }
  });
});
