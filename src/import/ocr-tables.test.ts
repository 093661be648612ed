/**
 * OCR and Markdown conversions of PDFs (issue 11 §4): table 三 “exploded” one cell a line, pipe
 * tables whose merged cells are repeated or missing, and numbers split by a stray space, joined
 * only where the row's printed total proves it. Fixtures: fixtures/make-ocr-fixtures.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_INPUT_CELLS, cellId, getInput } from '../report/index.ts';
import { compareCells } from './corpus-check.ts';
import { resolveNumbers } from './digits.ts';
import { importText } from './import-report.ts';
import { seedDraft } from './test-helpers.ts';

const seed = seedDraft('002');
const expected = new Map(ALL_INPUT_CELLS.map((ref) => [cellId(ref), getInput(seed.tables, ref)]));
/** A table 三 row: six addends, then their total. */
const t3Check = (v: number[]) => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];

describe.each([
  ['ocr-exploded.txt', 'text'],
  ['ocr-merged-repeated.md', 'markdown'],
  ['ocr-merged-missing.md', 'markdown'],
])('%s', (name, format) => {
  it('reads table 三 (and every other cell) exactly', () => {
    const result = importText(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe(format);
    expect(compareCells(result.report, expected).mismatches).toEqual([]);
    expect(result.sections.applications).toEqual({ status: 'imported', cells: { found: 144, expected: 144 } });
    expect(result.findings.map((f) => f.code)).not.toContain('printedTotalDiffers');
  });
});

describe('digits split by a stray space', () => {
  it('are joined when the printed total proves it, in one cell or two', () => {
    expect(resolveNumbers(['1 52', '1', '0', '0', '0', '3', '156'], 7, t3Check, { join: true })?.values).toEqual([152, 1, 0, 0, 0, 3, 156]);
    expect(resolveNumbers(['1', '52', '1', '0', '0', '0', '3', '156'], 7, t3Check, { join: true })?.values).toEqual([
      152, 1, 0, 0, 0, 3, 156,
    ]);
    expect(resolveNumbers(['152', '1', '0', '0', '0', '3', '15 6'], 7, t3Check, { join: true })?.values).toEqual([152, 1, 0, 0, 0, 3, 156]);
  });

  it('are never joined when the total does not prove it, or the row has none', () => {
    const unproven = resolveNumbers(['1 52', '1', '0', '0', '0', '3', '999'], 7, t3Check, { join: true });
    expect(unproven?.values).not.toContain(152);
    expect(unproven?.consistent).toBe(false);
    // No total to prove anything (table 二): joining is not tried.
    expect(resolveNumbers(['1', '2', '3', '4'], 3, () => true)?.values).toEqual([1, 2, 3]);
    expect(resolveNumbers(['1 2', '3'], 2, () => true)?.values).toEqual([1, 2]);
  });
});
