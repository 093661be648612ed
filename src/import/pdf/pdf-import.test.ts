/**
 * PDF import (issue 11): the seeds and the corpus reports, exported by the app as .docx and
 * printed to PDF by LibreOffice, come back with every cell exact; a table broken across pages,
 * with its header rows repeated, is read once; a scan without a text layer is refused plainly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_INPUT_CELLS, cellId, getInput } from '../../report/index.ts';
import { createI18n } from '../../i18n/index.ts';
import { compareCells, compareWithExpected } from '../corpus-check.ts';
import { inputOfFile, isPdf } from '../file-kind.ts';
import { importReport } from '../import-report.ts';
import { renderImportError } from '../messages.ts';
import { expectedOfFixture, pdfFixtures, pdfOfObjects, pdfWithoutText } from '../test-helpers.ts';
import { readPdf, readPdfItems } from './read-pdf.ts';

const fixtures = pdfFixtures();

describe('PDF files', () => {
  it('has a PDF of every seed and corpus report', () => {
    expect(fixtures.map((f) => /^(?:corpus-\d{2}|seed-\d{3})/.exec(f.name)?.[0])).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07'].map((n) => `corpus-${n}`),
      ...['000', '001', '002', '003', '004'].map((n) => `seed-${n}`),
    ]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s imports with every cell exact', async (_, file) => {
    const result = await importReport({ kind: 'pdf', bytes: file.bytes });
    if (!result.ok) throw new Error(`${file.name}: ${result.error} ${JSON.stringify(result.params)}`);
    expect(result.format).toBe('pdf');
    const expected = expectedOfFixture(file.name);
    const comparison =
      'seed' in expected
        ? compareCells(result.report, new Map(ALL_INPUT_CELLS.map((ref) => [cellId(ref), getInput(expected.seed.tables, ref)])))
        : compareWithExpected(result.report, expected.corpus);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.exact).toBe(ALL_INPUT_CELLS.length);
    // Every cell read: a row printed blank is read as blank (named by blankCells), never lost.
    const cells = Object.values(result.sections).flatMap((s) => (s.cells ? [s.cells] : []));
    expect(cells.reduce((n, c) => n + c.found, 0)).toBe(ALL_INPUT_CELLS.length);
    expect(result.findings.map((f) => f.code)).not.toContain('rowsMissing');
    expect(result.report.organ.name).not.toBe('');
    expect(result.report.narrative.problems.problems).not.toBe('');
  });

  it('reads table 三 once when it breaks across pages and its header rows repeat', async () => {
    const file = fixtures.find((f) => f.name.startsWith('seed-002'));
    if (!file) throw new Error('seed 002 PDF missing');
    const source = await readPdf(file.bytes);
    // The header printed on both pages, the rows between them and after them read once each.
    expect(source.lines.filter((l) => l.cells.includes('申请人情况')).length).toBe(2);
    const result = await importReport({ kind: 'pdf', bytes: file.bytes });
    if (!result.ok) throw new Error(result.error);
    expect(result.sections.applications).toEqual({ status: 'imported', cells: { found: 144, expected: 144 } });
    expect(result.findings.filter((f) => f.code === 'strayCells' || f.code === 'rowsMissing')).toEqual([]);
  });

  it('reads rows printed blank as blank and names them (corpus 03: the 2019 layout had no （六）1. and 2.)', async () => {
    const file = fixtures.find((f) => f.name.startsWith('corpus-03'));
    if (!file) throw new Error('corpus 03 PDF missing');
    const result = await importReport({ kind: 'pdf', bytes: file.bytes });
    if (!result.ok) throw new Error(result.error);
    const blank = result.findings.find((f) => f.code === 'blankCells' && f.section === 'applications');
    expect(blank?.cells).toHaveLength(12);
    expect(String(blank?.params.rows)).toContain('“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”');
    expect(result.report.tables.t3.otherNoCorrection.natural).toBeNull();
  });

  it('says plainly that a scan has no text to read, in both languages', async () => {
    const result = await importReport({ kind: 'pdf', bytes: pdfWithoutText() });
    expect(result).toEqual({ ok: false, error: 'notAPdf', params: { reason: 'scanned' } });
    if (result.ok) return;
    expect(renderImportError(result, createI18n('zh-CN'))).toMatch(/^这是扫描件/);
    expect(renderImportError(result, createI18n('en'))).toMatch(/^This is a scan/);
  });

  it('refuses a damaged PDF with a reason and keeps the caller’s bytes', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nnot really');
    const before = bytes.slice();
    const result = await importReport({ kind: 'pdf', bytes });
    expect(result).toEqual({ ok: false, error: 'notAPdf', params: { reason: 'unreadable' } });
    expect(bytes).toEqual(before);
  });

  it('refuses a PDF that opens but whose page cannot be read (a broken cross-reference)', async () => {
    // Found by the property below: seed 003 cut short with one byte of its first object zeroed
    // opens, then pdf.js throws "Bad (uncompressed) XRef entry" on the first page.
    const original = fixtures.find((f) => f.name.startsWith('seed-003'))?.bytes ?? new Uint8Array();
    const bytes = original.slice(0, 180_501);
    bytes[3088] = 0;
    const result = await importReport({ kind: 'pdf', bytes });
    expect(result).toEqual({ ok: false, error: 'notAPdf', params: { reason: 'unreadable' } });
  });

  it('never throws on a damaged PDF: imported or refused with a reason (property)', async () => {
    const original = fixtures.find((f) => f.name.startsWith('seed-003'))?.bytes ?? new Uint8Array();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
        fc.nat(original.length),
        async (flips, cut) => {
          const bytes = original.slice(0, Math.max(16, cut));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          const result = await importReport({ kind: 'pdf', bytes });
          if (!result.ok) expect(['notAPdf', 'notAReport', 'empty']).toContain(result.error);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('knows a PDF by its first bytes, whatever the file is called', () => {
    const pdf = fixtures[0]?.bytes ?? new Uint8Array();
    expect(isPdf(pdf)).toBe(true);
    expect(inputOfFile('附件下载.do', pdf)?.kind).toBe('pdf');
    expect(inputOfFile('report.html', pdf)?.kind).toBe('pdf');
    expect(inputOfFile('a.txt', new TextEncoder().encode('年报 %PDF-1.4'))?.kind).toBe('text');
  });
});

/** A one-page PDF that draws `content` (a page content stream) with Helvetica as /F1. */
function pdfOfContent(content: string): Uint8Array {
  return pdfOfObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

describe('readPdfItems: the font size of each text item', () => {
  it('reads each item at the point size of its font (seed 002: title 22, body 16, tables 9)', async () => {
    // Lines and cells are told apart by gaps and baselines measured in font sizes; every item,
    // the empty end-of-line markers pdf.js adds too, has its font's size, never a made-up one.
    const pages = await readPdfItems(fixtures.find((f) => f.name.startsWith('seed-002'))?.bytes ?? new Uint8Array());
    const items = pages.flat();
    expect(new Set(items.map((i) => i.size))).toEqual(new Set([22, 16, 14, 10.5, 9]));
    expect(items.find((i) => i.text.includes('年度报告'))?.size).toBe(22);
  });

  it('reads condensed type at its height, the gaps between its cells too', async () => {
    // Word's character scaling (here 90 %) narrows the glyphs, not the size: the spaces pdf.js
    // puts in a row's gaps (height 0) take the size from the font's height, not from its width.
    const pages = await readPdfItems(pdfOfContent('BT /F1 12 Tf 90 Tz 50 700 Td (Total) Tj 200 0 Td (12) Tj 40 0 Td (3) Tj ET'));
    const items = pages[0] ?? [];
    expect(items.map((i) => i.text)).toEqual(['Total', ' ', '12', ' ', '3']);
    expect(items.map((i) => i.size)).toEqual([12, 12, 12, 12, 12]);
  });
});
