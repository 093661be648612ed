import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeUtf8 } from './node-utf8.ts';

/** The standard reading: the text, or null where the fatal decoder refuses the bytes. */
const standard = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
};
const encode = (text: string) => new TextEncoder().encode(text);

describe('nodeUtf8', () => {
  it('reads any bytes exactly as the fatal TextDecoder does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(nodeUtf8(bytes)).toBe(standard(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any text, with or without a BOM, damaged or not, as the fatal TextDecoder does', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.boolean(),
        fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff }))),
        (text, bom, damage) => {
          const bytes = encode(bom ? `\uFEFF${text}` : text);
          if (damage && bytes.length) bytes[damage[0] % bytes.length] = damage[1];
          expect(nodeUtf8(bytes)).toBe(standard(bytes));
        },
      ),
    );
  });

  it('drops one leading BOM, keeps a second, and reads a slice of a larger buffer', () => {
    expect(nodeUtf8(encode('\uFEFF\uFEFF年报'))).toBe('\uFEFF年报');
    expect(nodeUtf8(encode('\uFEFF'))).toBe('');
    expect(nodeUtf8(new Uint8Array())).toBe('');
    const whole = encode('xx政务公开yy');
    expect(nodeUtf8(whole.subarray(2, whole.length - 2))).toBe('政务公开');
  });

  it('refuses a lone surrogate, an overlong form and a cut sequence', () => {
    expect(nodeUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBeNull();
    expect(nodeUtf8(Uint8Array.of(0xc0, 0xaf))).toBeNull();
    expect(nodeUtf8(encode('年').subarray(0, 2))).toBeNull();
  });
});
