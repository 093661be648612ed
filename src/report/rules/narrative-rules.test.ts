import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty.ts';
import type { Report } from '../schema.ts';
import { MIN_SECTION5_CHARS, section5Rule } from './narrative-rules.ts';

const context = { today: '2026-12-01' };
const withSection5 = (problems: string, improvements: string): Report => {
  const report = emptyReport({ year: 2024 });
  return { ...report, narrative: { ...report.narrative, problems: { problems, improvements } } };
};
/** The rule's measure, written out over the whole text: what the early answer must agree with. */
const realLength = (text: string) => text.replace(/[\s\p{P}]/gu, '').length;

// Punctuation, spaces, CJK, ASCII and a character outside the BMP (two UTF-16 units, one code point).
const piece = fc.constantFrom('，', '。', ' ', '\n', '、', '“', '问', '题', 'a', '1', '𠀀', '…');
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('s5.tooShort', () => {
  it('warns exactly when the real text is short, with its length (the start of a text decides only when long enough)', () => {
    fc.assert(
      fc.property(text, text, (problems, improvements) => {
        const findings = section5Rule.check(withSection5(problems, improvements), context);
        const length = realLength(problems) + realLength(improvements);
        expect(findings.map((f) => f.params)).toEqual(length >= MIN_SECTION5_CHARS ? [] : [{ length }]);
      }),
    );
  });

  it('warns one character short of the bound, and not at it (a character outside the BMP counts two)', () => {
    const lengths = (problems: string, improvements = '') =>
      section5Rule.check(withSection5(problems, improvements), context).map((f) => f.params);
    expect(lengths('问，'.repeat(MIN_SECTION5_CHARS - 1))).toEqual([{ length: MIN_SECTION5_CHARS - 1 }]);
    expect(lengths('问'.repeat(10), '题'.repeat(9))).toEqual([{ length: 19 }]);
    expect(lengths('问，'.repeat(MIN_SECTION5_CHARS))).toEqual([]);
    expect(lengths('𠀀'.repeat(MIN_SECTION5_CHARS / 2))).toEqual([]);
    expect(lengths(`${'，'.repeat(2 * MIN_SECTION5_CHARS - 1)}𠀀`)).toEqual([{ length: 2 }]);
  });

  it('reads past a long run of punctuation at the start', () => {
    const padded = `${'，'.repeat(3 * MIN_SECTION5_CHARS)}${'问'.repeat(MIN_SECTION5_CHARS)}`;
    expect(section5Rule.check(withSection5(padded, ''), context)).toEqual([]);
    const short = `${'，'.repeat(3 * MIN_SECTION5_CHARS)}${'问'.repeat(MIN_SECTION5_CHARS - 1)}`;
    expect(section5Rule.check(withSection5(short, ''), context).map((f) => f.params)).toEqual([{ length: MIN_SECTION5_CHARS - 1 }]);
  });
});
