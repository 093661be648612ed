/**
 * The corpus as tests (issue 11): every real report in ../shared/corpus imports with each printed
 * input cell equal to its transcribed `*.expected.json` (`null` = blank or not printed), and every
 * seed with each cell equal to its hand-made draft. A report whose printed totals do not reconcile
 * is reported by the import. The corpus must be there: a missing folder fails, it never skips.
 */
import { describe, expect, it } from 'vitest';
import { ALL_INPUT_CELLS, cellId, getInput } from '../report/index.ts';
import { compareCells, compareWithExpected, expectedCells } from './corpus-check.ts';
import { importText } from './import-report.ts';
import { corpusFiles, seedDraft, seedText } from './test-helpers.ts';

const files = corpusFiles();

describe('the corpus of real reports', () => {
  it('holds the seven reports of the corpus README', () => {
    expect(files).toHaveLength(7);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s imports with every cell exact', (_, file) => {
    const result = importText(file.text);
    if (!result.ok) throw new Error(`${file.name} refused: ${result.error}`);
    const comparison = compareWithExpected(result.report, file.expected);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison).toMatchObject({ total: 166, exact: 166 });
    // Printed totals that do not add up (the file's `reconciles: false`) are reported.
    const reconciles = (file.expected as { reconciles?: unknown }).reconciles;
    const reported = result.findings.some((f) => f.code === 'printedTotalDiffers');
    if (reconciles === false) expect(reported).toBe(true);
  });
});

describe.each(['000', '001', '002', '003', '004'])('seed %s', (number) => {
  it('imports with every cell equal to its hand-made draft', () => {
    const result = importText(seedText(number));
    if (!result.ok) throw new Error(`seed ${number} refused: ${result.error}`);
    const draft = seedDraft(number);
    const expected = new Map(ALL_INPUT_CELLS.map((ref) => [cellId(ref), getInput(draft.tables, ref)]));
    expect(compareCells(result.report, expected).mismatches).toEqual([]);
  });
});

describe('compareWithExpected', () => {
  it('maps the corpus names onto the definition and names each mismatch', () => {
    const file = files.find((f) => f.name.startsWith('05_'));
    if (!file) throw new Error('corpus 05 missing');
    const cells = expectedCells(file.expected);
    expect(cells.size).toBe(ALL_INPUT_CELLS.length);
    expect(cells.get('t3.newReceived.natural')).toBe(8);
    expect(cells.get('t3.carriedForward.commercial')).toBeNull();
    expect(cells.get('t2.normativeDocs.inForce')).toBe(1);
    expect(cells.get('t2.rules.issued')).toBeNull();
    expect(cells.get('t2.fees.amount')).toBe('0');
    expect(cells.get('t4.suitAfterReview.pending')).toBe(0);
    const result = importText(file.text);
    if (!result.ok) throw new Error(result.error);
    const report = { ...result.report, tables: { ...result.report.tables, t3: { ...result.report.tables.t3 } } };
    report.tables.t3.carriedForward = { ...report.tables.t3.carriedForward, commercial: 0 };
    expect(compareWithExpected(report, file.expected).mismatches).toEqual([
      { cell: 't3.carriedForward.commercial', expected: null, actual: 0 },
    ]);
  });

  it('reads a six-decimal 万元 amount as the draft keeps it', () => {
    expect(expectedCells({ table2: { feesWanYuan: 24252.311082 } }).get('t2.fees.amount')).toBe('24252.311082');
    expect(expectedCells({ table2: { feesWanYuan: 12.5 } }).get('t2.fees.amount')).toBe('12.5');
  });
});
