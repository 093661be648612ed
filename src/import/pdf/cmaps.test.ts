/**
 * PDFs whose Chinese fonts need pdf.js's predefined CMaps (issue 11): the hand-written fixture's
 * lines, each in a non-embedded 宋体 with an Adobe-GB1 encoding and no ToUnicode, read back exactly
 * with the CMaps the app ships, and not at all without them (so the fixture does test them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CMAP_FIXTURE_LINES, cmapFixturePdf } from '../fixtures/make-cmap-fixture.ts';
import { SHIPPED_CMAPS, ShippedCMaps, cmapBytes } from './cmaps.ts';
import { installPdfPolyfills } from './polyfills.ts';
import { readPdf, readPdfItems } from './read-pdf.ts';

const FIXTURE = new URL('../fixtures/cmap/gb1-cmaps.pdf', import.meta.url);
const fixture = () => new Uint8Array(readFileSync(FIXTURE));

/** The page's text as pdf.js gives it, with or without the shipped CMaps. */
async function textWith(factory: typeof ShippedCMaps | null): Promise<string[]> {
  installPdfPolyfills();
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  const task = pdfjs.getDocument({
    data: fixture(),
    useSystemFonts: false,
    verbosity: 0,
    ...(factory && { cMapUrl: 'cmaps/', useWorkerFetch: false, BinaryDataFactory: factory }),
  });
  try {
    const page = await (await task.promise).getPage(1);
    return (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : ''));
  } finally {
    await task.destroy();
  }
}

describe('PDFs whose fonts need predefined CMaps', () => {
  it('the committed fixture is what make-cmap-fixture.ts writes', () => {
    expect(Buffer.from(fixture()).equals(cmapFixturePdf())).toBe(true);
  });

  it('reads every line exactly, whatever its Adobe-GB1 encoding', async () => {
    const pages = await readPdfItems(fixture());
    expect(pages.map((items) => items.map((i) => i.text))).toEqual([CMAP_FIXTURE_LINES.map((l) => l.text)]);
  });

  it('reads nothing from the fixture without the CMaps (the fixture depends on them)', async () => {
    expect((await textWith(null)).join('')).toBe('');
    expect(await textWith(ShippedCMaps)).toEqual(CMAP_FIXTURE_LINES.map((l) => l.text));
  });

  it('gives the importer its text, not a "scanned" refusal', async () => {
    const source = await readPdf(fixture());
    expect(source.lines.map((l) => l.text)).toEqual(CMAP_FIXTURE_LINES.map((l) => l.text));
  });

  it('ships the Adobe-GB1 CMaps only, and their bytes are pdf.js’s files', async () => {
    for (const name of ['UniGB-UCS2-H', 'UniGB-UTF16-H', 'GBK-EUC-H', 'GB-EUC-H', 'Adobe-GB1-UCS2'])
      expect(SHIPPED_CMAPS).toContain(`${name}.bcmap`);
    expect(SHIPPED_CMAPS.every((n) => /GB/.test(n))).toBe(true);
    const bytes = await cmapBytes('UniGB-UCS2-H.bcmap');
    expect(Buffer.from(bytes).equals(readFileSync('node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap'))).toBe(true);
    await expect(cmapBytes('UniJIS-UCS2-H.bcmap')).rejects.toThrow(/not shipped/);
    await expect(new ShippedCMaps().fetch({ kind: 'standardFontDataUrl', filename: 'FoxitSans.pfb' })).rejects.toThrow(/not shipped/);
  });
});
