/**
 * The exported files open in a real office suite: LibreOffice converts each seed report (and a
 * report full of hostile text) to PDF; the PDF holds every heading, label and number, with CJK
 * fonts embedded. Page images go to artifacts/docx/ for a human to look at.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS, TABLES, allCells, printedGrid, titleOf, valueOf, type Report } from '../report/index.ts';
import { reportDocxBytes } from './pack.ts';
import { formatValue } from '../render/model.ts';
import {
  convertToPdf,
  createProfile,
  pdfFonts,
  pdfOutline,
  pdfPageCount,
  pdfPageLines,
  pdfText,
  renderPages,
  type OfficeProfile,
} from './testing/libreoffice.ts';
import { groupSplitProblems, numberingProblems, signatureProblems, titleProblems } from './testing/pages.ts';
import { buildReportModel } from '../render/model.ts';
import { SEED_FILES, seedReport } from './testing/seeds.ts';
import { EMOJI, hostileReport } from './testing/hostile.ts';
import { bigReport } from '../report/testing/big.ts';

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/docx/', import.meta.url));
const squash = (s: string) => s.replace(/\s+/g, '');

let profile: OfficeProfile;
let work: string;

beforeAll(async () => {
  profile = await createProfile();
  work = await mkdtemp(join(tmpdir(), 'nianbao-docx-'));
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await profile?.dispose();
  if (work) await rm(work, { recursive: true, force: true });
});

async function exportAndConvert(name: string, report: Report, lastPage?: number) {
  const docx = join(work, `${name}.docx`);
  await writeFile(docx, await reportDocxBytes(report));
  const pdf = await convertToPdf(docx, work, profile);
  await removeOldPages(name);
  await renderPages(pdf, join(ARTIFACTS, name), { lastPage });
  return {
    pdf,
    text: await pdfText(pdf),
    fonts: await pdfFonts(pdf),
    pages: await pdfPageCount(pdf),
    lines: await pdfPageLines(pdf),
    outline: await pdfOutline(pdf),
  };
}

/** One conversion per seed, shared by the tests that read it. */
const converted = new Map<string, ReturnType<typeof exportAndConvert>>();
function convertSeed(file: string) {
  const name = file.replace('.draft.json', '');
  const done = converted.get(name) ?? exportAndConvert(name, seedReport(file));
  converted.set(name, done);
  return done;
}

async function removeOldPages(name: string) {
  for (const f of await readdir(ARTIFACTS)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) await rm(join(ARTIFACTS, f));
}

/** Every label of the three printed grids. */
const LABELS = TABLES.flatMap((t) => printedGrid(t).rows.flatMap((r) => r.cells.flatMap((c) => (c.kind === 'label' ? [c.text] : []))));

describe('LibreOffice opens the exported seeds', () => {
  it.each(SEED_FILES)('%s → PDF with title, headings, labels, numbers and embedded CJK fonts', async (file) => {
    const report = seedReport(file);
    const { text, fonts, pages } = await convertSeed(file);
    const flat = squash(text);
    expect(pages).toBeGreaterThan(2);
    expect(flat).toContain(squash(titleOf(report)));
    for (const s of SECTIONS) expect(flat).toContain(s.heading);
    // pdftotext -raw keeps LibreOffice's cell-by-cell order, so wrapped labels read whole.
    for (const label of LABELS) expect(flat, label).toContain(squash(label));
    const numbers = new Set(TABLES.flatMap((t) => allCells(t).map((ref) => formatValue(valueOf(report.tables, t, ref)))));
    const tokens = new Set(text.split(/[^\d.]+/));
    for (const n of numbers) expect(tokens.has(n), n).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => /CJK|UMing|UKai/.test(f.name))).toBe(true);
  });

  it.each(SEED_FILES)(
    '%s: pages as a typist sets them — title lines, sub-heading numbers, never the signature alone, table 三 groups whole',
    async (file) => {
      const { lines } = await convertSeed(file);
      const blocks = buildReportModel(seedReport(file)).blocks;
      const title = blocks.find((b) => b.kind === 'title');
      const signature = blocks.find((b) => b.kind === 'signature');
      expect(titleProblems(lines, title?.kind === 'title' ? title.lines : [])).toEqual([]);
      expect(numberingProblems(lines)).toEqual([]);
      expect(signatureProblems(lines, signature?.kind === 'signature' ? signature.lines : [])).toEqual([]);
      expect(groupSplitProblems(lines)).toEqual([]);
    },
  );

  it.each(SEED_FILES)('%s: the PDF’s bookmarks list the six sections, each with its printed sub-headings', async (file) => {
    const { outline } = await convertSeed(file);
    const blocks = buildReportModel(seedReport(file)).blocks;
    const expected = SECTIONS.map((s) => {
      const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === s.heading);
      const end = blocks.findIndex((b, i) => i > at && b.kind === 'heading');
      const children = blocks.slice(at + 1, end < 0 ? undefined : end).flatMap((b) => (b.kind === 'subheading' ? [squash(b.text)] : []));
      return { title: s.heading, children };
    });
    expect(outline.map((o) => ({ title: squash(o.title), children: o.children.map((c) => squash(c.title)) }))).toEqual(expected);
  });

  it('converts the 系统自带字体 scheme: its bookmarks and page checks hold, its faces embedded', async () => {
    const report = { ...seedReport('001-zeku-2023.draft.json'), fontScheme: 'system' as const };
    const { lines, outline, fonts } = await exportAndConvert('001-zeku-2023-system-fonts', report, 1);
    expect(outline.map((o) => o.title)).toEqual(SECTIONS.map((s) => s.heading));
    expect(numberingProblems(lines)).toEqual([]);
    expect(groupSplitProblems(lines)).toEqual([]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('prints seven-digit figures and a six-decimal amount on one line each, headers broken at words', async () => {
    const report = bigReport(1234567, '24252.311082');
    const { text } = await exportAndConvert('big-numbers', report, 1);
    const tokens = new Set(text.split(/[^\d.]+/));
    const numbers = new Set(TABLES.flatMap((t) => allCells(t).map((ref) => formatValue(valueOf(report.tables, t, ref)))));
    // A number wrapped in its cell reads as two tokens here (pdftotext -raw keeps the cell's lines).
    for (const n of numbers) expect(tokens.has(n), n).toBe(true);
    const lines = text.split('\n').map(squash);
    for (const broken of ['商业企', '科研机', '社会公益组', '法律服务机'])
      expect(
        lines.some((l) => l.startsWith(broken)),
        broken,
      ).toBe(false);
  });

  it('converts a report full of hostile text with the text intact', async () => {
    const { text } = await exportAndConvert('hostile', hostileReport(seedReport('002-huancui-2024.draft.json')), 2);
    const flat = squash(text);
    expect(flat).toContain('第三段含NUL孤立代理结束。');
    expect(flat).toContain('</w:t></w:r></w:p><w:p><w:r><w:t>注入&amp;<![CDATA[x]]>');
    expect(flat).toContain(squash(EMOJI).slice(0, 4));
    // Counted without the 。: LibreOffice hangs a line-final 。 into the margin, where pdftotext may read it elsewhere.
    const withoutPageNumbers = flat.replace(/—\d+—/g, '');
    expect(withoutPageNumbers.split('政务公开工作持续推进').length - 1).toBe(10_000);
  });
});
