/** Seed fixtures for the import tests: the published texts and the hand-made drafts. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseDraft, type Report } from '../report/index.ts';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const DRAFTS = new URL('../report/fixtures/seeds/', import.meta.url);

export function seedDraft(number: string): Report {
  const file = readdirSync(DRAFTS).find((f) => f.startsWith(number));
  const parsed = parseDraft(readFileSync(new URL(file ?? '', DRAFTS), 'utf8'));
  if (!parsed.ok) throw new Error(`seed draft ${number} does not parse`);
  return parsed.draft.report;
}

export function seedText(number: string): string {
  const file = readdirSync(FIXTURES).find((f) => f.startsWith(`seed-${number}`) && f.endsWith('.txt'));
  return readFileSync(new URL(file ?? '', FIXTURES), 'utf8');
}

/**
 * The shared corpus of real reports with transcribed figures: `../shared/corpus` beside the
 * repository (CI keeps ../shared there). Missing is a failure, never a skip.
 */
export const CORPUS = new URL('../../../shared/corpus/', import.meta.url);

export function corpusFiles(): { name: string; text: string; expected: unknown }[] {
  if (!existsSync(CORPUS)) throw new Error(`corpus not found at ${CORPUS.pathname}: the tests need ../shared/corpus beside the repository`);
  const names = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new Error(`no reports in ${CORPUS.pathname}`);
  return names.map((name) => ({
    name,
    text: readFileSync(new URL(name, CORPUS), 'utf8'),
    expected: JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), CORPUS), 'utf8')) as unknown,
  }));
}

/** The PDF fixtures (fixtures/pdf, made by fixtures/make-pdf-fixtures.ts): file name and bytes. */
export function pdfFixtures(): { name: string; bytes: Uint8Array }[] {
  const dir = new URL('./fixtures/pdf/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, dir))) }));
}

/** The transcription a fixture named after a seed (`seed-002-…`) or a corpus report (`corpus-05…`) is compared with. */
export function expectedOfFixture(name: string): { seed: Report } | { corpus: unknown } {
  const seed = /^seed-(\d{3})/.exec(name)?.[1];
  if (seed) return { seed: seedDraft(seed) };
  const number = /^corpus-(\d{2})/.exec(name)?.[1];
  const file = corpusFiles().find((f) => number && f.name.startsWith(`${number}_`));
  if (!file) throw new Error(`no transcription for ${name}`);
  return { corpus: file.expected };
}

/** A PDF file of these objects (numbered from 1, the first the catalog), with its cross-reference table. */
export function pdfOfObjects(objects: readonly string[]): Uint8Array {
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A one-page PDF with no text layer, as a scanner makes (a drawn shape stands for the page image). */
export function pdfWithoutText(): Uint8Array {
  const stream = '0.5 g 50 50 495 742 re f';
  return pdfOfObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ]);
}
