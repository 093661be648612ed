import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanLine, splitParagraphs } from './sanitize.ts';

const ILLEGAL_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/; // eslint-disable-line no-control-regex

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

  it('collapses space runs and strips indentation typed by hand', () => {
    expect(splitParagraphs('　　2024年，  全区\t\t共计   5件。  ')).toEqual(['2024年， 全区 共计 5件。']);
  });

  it('never returns illegal characters or empty paragraphs (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        for (const p of splitParagraphs(s)) {
          expect(p.length).toBeGreaterThan(0);
          expect(ILLEGAL_IN_XML.test(p)).toBe(false);
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
