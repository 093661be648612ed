import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayText, ellipsize, escapeInvisible, hasInvisible } from './display-text.ts';

describe('text from files, made visible', () => {
  it('names terminal escapes, C1 controls, bidi and zero-width characters instead of passing them', () => {
    expect(escapeInvisible('\x1b]0;pwned\x07\x1b[2J总体情况')).toBe('\\x1b]0;pwned\\x07\\x1b[2J总体情况');
    expect(escapeInvisible('a\u009b31mb\u202efdp.exe\u200b\ufeff')).toBe('a\\x9b31mb\\u202efdp.exe\\u200b\\ufeff');
    expect(escapeInvisible('行\n\t列\r')).toBe('行\\x0a\\x09列\\x0d');
    expect(escapeInvisible('\ud800x')).toBe('\\ud800x');
    expect(escapeInvisible('全角　空格、𠮷')).toBe('全角　空格、𠮷');
  });

  it('leaves nothing invisible, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(hasInvisible(escapeInvisible(a + b))).toBe(false);
      }),
    );
  });

  it('cuts long values with an ellipsis, not inside a surrogate pair', () => {
    expect(ellipsize('一二三四五', 5)).toBe('一二三四五');
    expect(ellipsize('一二三四五六', 5)).toBe('一二三四…');
    expect(ellipsize('ab𠮷cd', 4)).toBe('ab…');
    const huge = '9'.repeat(50_000_000);
    const shown = displayText(`\x1b[2J${huge}`);
    expect(shown).toHaveLength(83);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe('ellipsize at a surrogate pair', () => {
  it('never cuts a character outside the BMP in two, at either end of the high-surrogate range', () => {
    // U+10000 (high surrogate D800) and U+10FFFF (DBFF) at the cut: the whole character goes.
    expect(ellipsize('一二\u{10000}三四', 4)).toBe('一二…');
    expect(ellipsize('一二\u{10FFFF}三四', 4)).toBe('一二…');
    // The cut after a whole pair (its low surrogate last) keeps the pair.
    expect(ellipsize('一\u{10000}二三四', 4)).toBe('一\u{10000}…');
    // A BMP character just below the surrogates (U+D7FF) is cut like any other.
    expect(ellipsize('一二\uD7FF三四', 4)).toBe('一二\uD7FF…');
  });
});
