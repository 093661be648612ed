import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLine, splitParagraphs } from './sanitize.ts';

const ILLEGAL_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/; // eslint-disable-line no-control-regex
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Whether every UTF-16 surrogate is paired. */
function wellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

describe('splitParagraphs', () => {
  it('turns line breaks, form feeds and vertical tabs into paragraphs', () => {
    expect(splitParagraphs('甲\r\n乙\n\n丙\f丁\v戊\u2028己')).toEqual(['甲', '乙', '丙', '丁', '戊', '己']);
  });

  it('removes characters illegal in XML, keeps emoji and XML-looking text', () => {
    expect(splitParagraphs('a\u0000b\u0001c\uFFFEd\uD800e\uDC00f😀</w:t><w:p>')).toEqual(['abcdef😀</w:t><w:p>']);
  });

  it('removes bidi overrides and zero-width characters, keeps emoji joiners', () => {
    expect(splitParagraphs('RTL\u202E反向\u202C文字')).toEqual(['RTL反向文字']);
    expect(splitParagraphs('\uFEFF政务\u200B公开\u200C\u200D\u2060\u200E\u200F\u061C\u2066隔离\u2069\u202A嵌入\u202B')).toEqual([
      '政务公开隔离嵌入',
    ]);
    expect(splitParagraphs('家庭👨\u200D👩\u200D👧')).toEqual(['家庭👨\u200D👩\u200D👧']);
  });

  it('collapses space runs and strips indentation typed by hand', () => {
    expect(splitParagraphs('　　2024年，  全区\t\t共计   5件。  ')).toEqual(['2024年， 全区 共计 5件。']);
  });

  it('never returns illegal characters or empty paragraphs (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        for (const p of splitParagraphs(s)) {
          expect(p.length).toBeGreaterThan(0);
          expect(ILLEGAL_IN_XML.test(p)).toBe(false);
          expect(BIDI.test(p)).toBe(false);
          expect(p.includes('\n')).toBe(false);
          expect(wellFormed(p)).toBe(true);
        }
      }),
    );
  });
});

describe('cleanLine', () => {
  it('joins the lines of a heading with a space', () => {
    expect(cleanLine('（一）主动\n公开\u0007')).toBe('（一）主动 公开');
  });
});
