import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyReport } from './empty.ts';
import { cutText, fitReport, limitOf, maxLengthOf, shapeOf } from './limits.ts';
import { TEXT_LIMITS } from './text-limits.ts';
import { LINE_LIMIT, OPENING_LIMIT, TEXT_LIMIT, reportSchema } from './schema.ts';
import { startNextYear } from './carry-forward.ts';

describe('limitOf', () => {
  it('reads each field’s limit from the schema', () => {
    expect(limitOf('organ.name')).toBe(LINE_LIMIT);
    expect(limitOf('opening.phone')).toBe(LINE_LIMIT);
    expect(limitOf('narrative.overview.areas.proactive.heading')).toBe(LINE_LIMIT);
    expect(limitOf('narrative.overview.intro')).toBe(TEXT_LIMIT);
    expect(limitOf('narrative.other.fees.text')).toBe(TEXT_LIMIT);
    expect(limitOf('preamble.opening')).toBe(OPENING_LIMIT);
    expect(limitOf('preamble.title')).toBe(LINE_LIMIT);
    expect(limitOf('previous.narrative.problems.problems')).toBe(TEXT_LIMIT);
  });
  it('has no limit for fields that are not text or do not exist', () => {
    expect(limitOf('year')).toBeNull();
    expect(limitOf('narrative.other.fees.count')).toBeNull();
    expect(limitOf('no.such.field')).toBeNull();
  });
});

/** Every string field of the schema with its maxLength (null: a string without one, e.g. a date). */
function schemaLimits(schema: Parameters<typeof shapeOf>[0], path = '', out = new Map<string, number | null>()) {
  const shape = shapeOf(schema);
  if (shape) for (const [key, inner] of Object.entries(shape)) schemaLimits(inner, path ? `${path}.${key}` : key, out);
  else if (maxLengthOf(schema) !== null) out.set(path, maxLengthOf(schema));
  return out;
}

describe('the limits the first screen reads without zod (text-limits.ts)', () => {
  it('are exactly the limits the schema enforces, field by field', () => {
    const fromSchema = schemaLimits(reportSchema);
    expect(fromSchema.size).toBeGreaterThan(30);
    expect(new Map(TEXT_LIMITS)).toEqual(fromSchema);
  });
});

describe('cutText', () => {
  it('never splits a surrogate pair', () => {
    expect(cutText('ab😀c', 3)).toBe('ab');
    expect(cutText('ab😀c', 4)).toBe('ab😀');
    expect(cutText('abc', 5)).toBe('abc');
  });
  it('is at most the limit and a prefix', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(40), (text, limit) => {
        const cut = cutText(text, limit);
        expect(cut.length).toBeLessThanOrEqual(limit);
        expect(text.startsWith(cut)).toBe(true);
        expect(cut.length).toBeGreaterThanOrEqual(Math.min(text.length, limit) - 1);
      }),
    );
  });
});

describe('fitReport', () => {
  it('cuts over-long fields to their limit, says which, and the result validates', () => {
    const report = emptyReport({ year: 2024, organ: '镇'.repeat(LINE_LIMIT + 1) });
    report.narrative.overview.intro = '字'.repeat(TEXT_LIMIT + 1);
    expect(reportSchema.safeParse(report).success).toBe(false);
    const { report: fitted, cuts } = fitReport(report);
    expect(cuts).toEqual([
      { path: 'organ.name', length: LINE_LIMIT + 1, limit: LINE_LIMIT },
      { path: 'narrative.overview.intro', length: TEXT_LIMIT + 1, limit: TEXT_LIMIT },
      { path: 'signature.organ', length: LINE_LIMIT + 1, limit: LINE_LIMIT },
    ]);
    expect(fitted.organ.name).toHaveLength(LINE_LIMIT);
    expect(reportSchema.safeParse(fitted).success).toBe(true);
    // The input is not changed; untouched parts are shared.
    expect(report.organ.name).toHaveLength(LINE_LIMIT + 1);
    expect(fitted.tables).toBe(report.tables);
  });
  it('returns the same object when nothing is over', () => {
    const report = emptyReport({ year: 2024 });
    expect(fitReport(report)).toEqual({ report, cuts: [] });
  });
});

describe('startNextYear', () => {
  it('starts from a report within the limits', () => {
    const last = emptyReport({ year: 2023, organ: '某镇人民政府' });
    last.preamble.opening = '开'.repeat(OPENING_LIMIT);
    expect(reportSchema.safeParse(startNextYear(last)).success).toBe(true);
  });
});

describe('cutText within the limit', () => {
  it('returns a text of exactly the limit whole, even one ending in a lone high surrogate', () => {
    // Only a text over the limit is cut; one that fits is kept as typed, whatever its last unit.
    const text = 'ab\uD83D';
    expect(cutText(text, 3)).toBe(text);
  });
});
