import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_PARAGRAPHS, capParagraphs, cleanLine, paragraphSteps, paragraphsOf, splitParagraphs } from './sanitize.ts';

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

describe('paragraphsOf (issue 10: a 4 MB draft of 800 000 one-character lines)', () => {
  const ILLEGAL =
    // eslint-disable-next-line no-control-regex -- the characters XML refuses
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  // The per-line implementation it replaced, kept as the reference.
  const oldSplit = (text: string) =>
    text
      .replace(/\r\n?|[\v\f\u0085\u2028\u2029]/g, '\n')
      .replace(ILLEGAL, '')
      .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u200B\u200C\u2060\uFEFF]|\u200D(?!\p{Extended_Pictographic})/gu, '')
      .split('\n')
      .map((p) => p.replace(/[ \t\u00A0]{2,}|\t/g, ' ').trim())
      .filter((p) => p.length > 0);
  const piece = fc.oneof(
    fc.constantFrom(
      '\n',
      '\r\n',
      '\r',
      '\v',
      '\f',
      '\u2028',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u3000',
      '\u2000',
      '\u205f',
      '\ufeff',
      '\u200b',
      '\u0007',
    ),
    fc.constantFrom('字', 'a', '😀', '\ud800', '\u200d', '。'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  );

  it('is capParagraphs(splitParagraphs) as the per-line code computed it (property)', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((a) => a.join('')),
        fc.integer({ min: 1, max: 6 }),
        (text, max) => {
          expect(splitParagraphs(text)).toEqual(oldSplit(text));
          expect(paragraphsOf(text, max)).toEqual(capParagraphs(oldSplit(text), max));
          expect(cleanLine(text)).toBe(oldSplit(text).join(' '));
        },
      ),
      { seed: 41, numRuns: 1500 },
    );
  });

  it('keeps every character of 100 000 lines, the lines past the cap joined', () => {
    const paragraphs = paragraphsOf('字\n'.repeat(100_000));
    expect(paragraphs).toHaveLength(MAX_PARAGRAPHS);
    expect(paragraphs.join(' ')).toBe(Array.from({ length: 100_000 }, () => '字').join(' '));
  });

  it('visits each character once: steps linear in the text (lines or characters, whichever it walks)', () => {
    const steps = (lines: number) => {
      paragraphSteps.count = 0;
      paragraphsOf(' 字 \n\n'.repeat(lines));
      return paragraphSteps.count;
    };
    const one = steps(50_000);
    expect(one).toBeLessThanOrEqual(5 * 50_000 + 2 * MAX_PARAGRAPHS);
    expect(steps(100_000)).toBeLessThanOrEqual(2.1 * one);
  });
});
