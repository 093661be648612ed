/**
 * The import half of `npm run corpus` (issue 11): every real report (the seeds' web text and the
 * corpus) read as a user's paste would be, then the format fixtures (the PDFs of every seed and
 * corpus report, the saved GBK web page, the wrapped-row and OCR texts) read as a chosen file would be — one line per file: format
 * read, table cells read of those the form has, cells equal to the transcription, import findings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { compareCells, compareWithExpected, type CellComparison } from '../../src/import/corpus-check.ts';
import { inputOfFile } from '../../src/import/file-kind.ts';
import { importReport, importText } from '../../src/import/import-report.ts';
import type { ImportResult } from '../../src/import/types.ts';
import { ALL_INPUT_CELLS, cellId, getInput, parseDraft } from '../../src/report/index.ts';

const SHARED = new URL('../../../shared/', import.meta.url);
const SEED_DRAFTS = new URL('../../src/report/fixtures/seeds/', import.meta.url);
const FIXTURES = new URL('../../src/import/fixtures/', import.meta.url);
/** Format fixtures: the file, and the seed or corpus report it was made from. */
const FORMAT_FIXTURES: readonly { file: string; from: { seed: string } | { corpus: string } }[] = [
  ...readdirSync(new URL('pdf/', FIXTURES))
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => ({ file: `pdf/${f}`, from: f.startsWith('seed-') ? { seed: f.slice(5, 8) } : { corpus: f.slice(7, 9) } })),
  { file: 'seed-001.gbk.html', from: { seed: '001' } },
  ...[
    'other-row-numbers-above.pdftotext.txt',
    'other-row-label-below.pdftotext.txt',
    'ocr-exploded.txt',
    'ocr-merged-repeated.md',
    'ocr-merged-missing.md',
  ].map((file) => ({ file, from: { seed: '002' } })),
];

export interface ImportLine {
  file: string;
  format: string;
  read: number;
  expected: number;
  comparison: CellComparison | null;
  findings: string[];
}

function seedComparison(number: string, report: Parameters<typeof compareCells>[0]): CellComparison | null {
  const draftFile = readdirSync(SEED_DRAFTS).find((f) => f.startsWith(number));
  if (!draftFile) return null;
  const parsed = parseDraft(readFileSync(new URL(draftFile, SEED_DRAFTS), 'utf8'));
  if (!parsed.ok) return null;
  const expected = new Map(ALL_INPUT_CELLS.map((ref) => [cellId(ref), getInput(parsed.draft.report.tables, ref)]));
  return compareCells(report, expected);
}

function lineOf(file: string, result: Extract<ImportResult, { ok: true }>, comparison: CellComparison | null): ImportLine {
  const tables = Object.values(result.sections).flatMap((s) => (s.cells ? [s.cells] : []));
  const counts = new Map<string, number>();
  for (const f of result.findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return {
    file,
    format: result.format,
    read: tables.reduce((a, t) => a + t.found, 0),
    expected: tables.reduce((a, t) => a + t.expected, 0),
    comparison,
    findings: [...counts].map(([code, n]) => (n > 1 ? `${code}×${n}` : code)),
  };
}

/** The format fixtures, each read as the import dialog reads a chosen file. */
export async function formatFixtureLines(): Promise<ImportLine[]> {
  const lines: ImportLine[] = [];
  const corpus = new URL('corpus/', SHARED);
  for (const { file, from } of FORMAT_FIXTURES) {
    const input = inputOfFile(file, new Uint8Array(readFileSync(new URL(file, FIXTURES))));
    const result: ImportResult = input ? await importReport(input) : { ok: false, error: 'unsupportedFile' };
    if (!result.ok) {
      lines.push({ file: `fixtures/${file}`, format: `refused: ${result.error}`, read: 0, expected: 0, comparison: null, findings: [] });
      continue;
    }
    const expectedFile =
      'corpus' in from ? readdirSync(corpus).find((f) => f.startsWith(`${from.corpus}_`) && f.endsWith('.expected.json')) : undefined;
    const comparison =
      'seed' in from
        ? seedComparison(from.seed, result.report)
        : expectedFile
          ? compareWithExpected(result.report, JSON.parse(readFileSync(new URL(expectedFile, corpus), 'utf8')) as unknown)
          : null;
    lines.push(lineOf(`fixtures/${file}`, result, comparison));
  }
  return lines;
}

export function importLines(): ImportLine[] {
  const lines: ImportLine[] = [];
  for (const folder of ['seeds', 'corpus'] as const) {
    const dir = new URL(`${folder}/`, SHARED);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const result = importText(readFileSync(new URL(file, dir), 'utf8'));
      if (!result.ok) {
        lines.push({ file: `${folder}/${file}`, format: `refused: ${result.error}`, read: 0, expected: 0, comparison: null, findings: [] });
        continue;
      }
      const expectedFile = new URL(file.replace(/\.txt$/, '.expected.json'), dir);
      const comparison =
        folder === 'corpus'
          ? compareWithExpected(result.report, JSON.parse(readFileSync(expectedFile, 'utf8')) as unknown)
          : seedComparison(file.slice(0, 3), result.report);
      lines.push(lineOf(`${folder}/${file}`, result, comparison));
    }
  }
  return lines;
}

export function formatImportLines(lines: readonly ImportLine[]): string {
  const rows = lines.map((l) => {
    const exact = l.comparison
      ? `${l.comparison.exact}/${l.comparison.total} ${l.comparison.exact === l.comparison.total ? 'exact' : 'NOT exact'}`
      : 'no transcription';
    return `${l.file.padEnd(46)} ${l.format.padEnd(8)} read ${l.read}/${l.expected}  ${exact}  ${l.findings.join(' ') || '—'}`;
  });
  const compared = lines.filter((l) => l.comparison);
  const exactFiles = compared.filter((l) => l.comparison && l.comparison.exact === l.comparison.total).length;
  const cells = compared.reduce((a, l) => a + (l.comparison?.exact ?? 0), 0);
  const total = compared.reduce((a, l) => a + (l.comparison?.total ?? 0), 0);
  rows.push(`IMPORT TOTAL  files exact ${exactFiles}/${compared.length}  cells exact ${cells}/${total}`);
  return rows.join('\n');
}
