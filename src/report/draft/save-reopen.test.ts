/**
 * A state the app can hold is a state it can save and reopen: any report the UI can produce
 * (random edits of every text field, over-long and odd text included, through the limits every
 * entry point applies) survives serializeDraft → parseDraft unchanged — or, when the whole draft
 * is over the file size limit, saving refuses it (autosave pauses) instead of writing it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyFilledTables } from '../testing/arbitraries.ts';
import { emptyReport } from '../empty.ts';
import { cutText, fitReport, limitOf, shapeOf } from '../limits.ts';
import { reportSchema, type Report } from '../schema.ts';
import { MAX_DRAFT_BYTES, serializeDraft } from './envelope.ts';
import { parseDraft } from './parse.ts';
import { saveableDraft } from './saveable.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261210);

/** Every text field the wizard shows (last year's are never edited). */
function textPaths(schema = reportSchema as Parameters<typeof shapeOf>[0], prefix = ''): string[] {
  const shape = shapeOf(schema);
  if (!shape) return limitOf(prefix) === null ? [] : [prefix];
  return Object.entries(shape).flatMap(([key, child]) => (key === 'previous' ? [] : textPaths(child, prefix ? `${prefix}.${key}` : key)));
}
const PATHS = textPaths();

const oddText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('\u0000\u001b[2J', '"\\\n\r\t', '\u2028\u2029', '\uFEFF', '😀'.repeat(3), '\uD800', '__proto__'),
);
/** Text around and beyond the limits: a unit repeated to a length near 500, 20 000 or 200 000. */
const longText = fc
  .tuple(
    fc.constantFrom('字', 'a', '😀', '\uDC00', '。\n'),
    fc.constantFrom(499, 500, 501, 19_999, 20_001, 199_999, 200_001),
    fc.integer({ min: -2, max: 2 }),
  )
  .map(([unit, length, delta]) => unit.repeat(Math.ceil((length + delta) / unit.length)));

const edit = fc.tuple(fc.constantFrom(...PATHS), fc.oneof({ weight: 4, arbitrary: oddText }, { weight: 1, arbitrary: longText }));

function setAt(report: Report, path: string, value: string): void {
  const parts = path.split('.');
  let node = report as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1] as string] = value;
}

/** What typing or pasting leaves in a field: the browser's maxLength keeps the first `limit` units. */
function entered(path: string, value: string): string {
  const limit = limitOf(path);
  return limit === null ? value : cutText(value, limit);
}

describe('save → reopen', () => {
  it('lists the text fields the wizard edits', () => {
    expect(PATHS).toContain('organ.name');
    expect(PATHS).toContain('narrative.overview.intro');
    expect(PATHS).toContain('preamble.opening');
    expect(PATHS.some((p) => p.startsWith('previous'))).toBe(false);
  });

  it('gives back the same report for any report the UI can produce', () => {
    fc.assert(
      fc.property(anyFilledTables, fc.integer({ min: 2021, max: 2100 }), fc.array(edit, { maxLength: 8 }), (tables, year, edits) => {
        const report: Report = { ...emptyReport({ year }), tables };
        for (const [path, value] of edits) setAt(report, path, entered(path, value));
        // Entry points applied, there is nothing left to cut.
        expect(fitReport(report).cuts).toEqual([]);
        const text = serializeDraft(report);
        const saveable = saveableDraft(report);
        if (new TextEncoder().encode(text).length > MAX_DRAFT_BYTES) {
          // Too big to reopen: saving must refuse it, never write it.
          expect(saveable).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
          return;
        }
        expect(saveable.ok).toBe(true);
        const reopened = parseDraft(text);
        expect(reopened.ok).toBe(true);
        if (reopened.ok) expect(reopened.draft.report).toEqual(report);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('refuses to save a report that would not reopen', () => {
    const report = emptyReport({ year: 2024 });
    report.organ.name = '镇'.repeat(501);
    expect(saveableDraft(report)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'report.organ.name' } });
  });
});
