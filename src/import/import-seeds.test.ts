/** Every seed report imports with every table cell equal to the hand-made seed draft. */
import { describe, expect, it } from 'vitest';
import { ALL_INPUT_CELLS, cellId, getInput } from '../report/index.ts';
import { seedDraft, seedText } from './test-helpers.ts';
import { isNumberCell } from './digits.ts';
import { importText } from './import-report.ts';

const SEEDS = [
  { number: '000', codes: ['dateMissing'] },
  { number: '001', codes: ['strayCells', 'strayCells', 'strayCells'] },
  { number: '002', codes: ['dateMissing', 'headingRenumbered'] },
  { number: '003', codes: ['dateMissing'] },
  { number: '004', codes: ['titleWithoutYear', 'dateMissing', 'headingRenumbered', 'headingRenumbered'] },
];

describe.each(SEEDS)('seed $number', ({ number, codes }) => {
  const expected = seedDraft(number);
  const result = importText(seedText(number));
  if (!result.ok) throw new Error(`seed ${number} refused: ${result.error}`);

  it('imports every input cell of tables 二–四 equal to the hand-made draft', () => {
    const actual = ALL_INPUT_CELLS.map((c) => [cellId(c), getInput(result.report.tables, c)]);
    expect(actual).toEqual(ALL_INPUT_CELLS.map((c) => [cellId(c), getInput(expected.tables, c)]));
    expect(ALL_INPUT_CELLS.every((c) => getInput(result.report.tables, c) !== null)).toBe(true);
    for (const id of ['proactive', 'applications', 'litigation'] as const) expect(result.sections[id].status).toBe('imported');
  });

  it('reads organ, year, kind, opening fields and signature', () => {
    expect(result.report.organ).toEqual(expected.organ);
    expect(result.report.year).toBe(expected.year);
    expect(result.report.opening).toEqual(expected.opening);
    expect(result.report.signature).toEqual(expected.signature);
  });

  it('splits the narrative of 一, 五 and 六', () => {
    const n = result.report.narrative;
    expect(n.overview.intro).toBe(expected.narrative.overview.intro);
    for (const area of Object.keys(expected.narrative.overview.areas) as (keyof typeof n.overview.areas)[]) {
      expect(n.overview.areas[area].text).toBe(expected.narrative.overview.areas[area].text);
    }
    expect(n.problems.problems.length).toBeGreaterThan(20);
    expect(n.problems.improvements.length + n.problems.problems.length).toBeGreaterThan(60);
  });

  it('places every printed number of its tables: what the mapping leaves is headers and notes', () => {
    expect(result.unplaced.length).toBeGreaterThan(0);
    expect(result.unplaced.filter((row) => row.cells.some((c) => isNumberCell(c)))).toEqual([]);
    expect(result.unplaced.every((row) => ['proactive', 'applications', 'litigation'].includes(row.section))).toBe(true);
  });

  it('reports the expected findings', () => {
    expect(result.findings.map((f) => f.code).sort()).toEqual([...codes].sort());
  });
});
