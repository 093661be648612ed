/**
 * pdftotext -layout of a city report (issue 11 §3): the （六）其他处理 group's label wraps over two
 * lines beside its last row, so 3.其他's numbers stand on the line above its label, or the group
 * label carries them and “3.其他” follows on the next line. Fixtures: seed 002's pdftotext text
 * with the group printed in those shapes; the row is read, not lost, and not taken for the 2019
 * single row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_INPUT_CELLS, cellId, getInput } from '../report/index.ts';
import { compareCells } from './corpus-check.ts';
import { importText } from './import-report.ts';
import { seedDraft } from './test-helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const seed = seedDraft('002');
const expected = new Map(ALL_INPUT_CELLS.map((ref) => [cellId(ref), getInput(seed.tables, ref)]));

describe.each(['other-row-numbers-above.pdftotext.txt', 'other-row-label-below.pdftotext.txt'])('%s', (name) => {
  it('reads （六）3.其他 and every other cell exactly', () => {
    const text = fixture(name);
    expect(text).toMatch(/（六）其他处理/);
    const result = importText(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe('pdfLayout');
    expect(compareCells(result.report, expected).mismatches).toEqual([]);
    expect(result.report.tables.t3.otherOther.natural).toBe(1);
    expect(result.sections.applications).toEqual({ status: 'imported', cells: { found: 144, expected: 144 } });
    const codes = result.findings.map((f) => f.code);
    for (const code of ['oldOtherHandling', 'oldLayoutNotPrinted', 'printedTotalDiffers', 'rowsMissing']) expect(codes).not.toContain(code);
  });
});
