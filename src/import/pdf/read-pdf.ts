/**
 * A PDF file's text layer, read with pdf.js (pdfjs-dist, legacy build: it runs in Chromium 86 with
 * ./polyfills.ts, and in Node). Loaded only when a PDF is opened. pdf.js runs on the calling
 * thread (its "fake worker": the worker module is imported and registered as `pdfjsWorker`): no
 * worker script to serve, which the Content-Security-Policy of both builds and the single-file
 * build would otherwise have to allow; reading the text of a report's few pages takes a moment.
 */
import { ShippedCMaps } from './cmaps.ts';
import { installPdfPolyfills } from './polyfills.ts';
import { pdfSource, type PdfItem } from './pdf-lines.ts';
import type { Source } from '../source.ts';

/** Why a PDF gives no report text: damaged or not a PDF, password protected, or a scan (no text layer). */
export type NotAPdfReason = 'unreadable' | 'encrypted' | 'scanned';

export class NotAPdfError extends Error {
  constructor(readonly reason: NotAPdfReason) {
    super(`not a readable PDF: ${reason}`);
  }
}

/** More pages than any annual report: a larger file is read up to here. */
export const PDF_MAX_PAGES = 200;

interface TextItemLike {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  height?: unknown;
}

function itemOf(raw: TextItemLike): PdfItem | null {
  if (typeof raw.str !== 'string' || !Array.isArray(raw.transform)) return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform as number[];
  const size = typeof raw.height === 'number' && raw.height > 0 ? raw.height : Math.hypot(c, d) || Math.hypot(a, b);
  // Rotated text (a stamp, a side note) is not part of the report's lines.
  if (Math.abs(b) > Math.abs(a) * 0.1) return null;
  return { text: raw.str, x, y, width: typeof raw.width === 'number' ? raw.width : 0, size: size || 10 };
}

async function loadPdfJs() {
  installPdfPolyfills();
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  return pdfjs;
}

/** The text items of every page, in pages. Throws NotAPdfError. */
export async function readPdfItems(bytes: Uint8Array): Promise<PdfItem[][]> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes the buffer over: it is given a copy, the caller keeps its bytes.
  // CMaps come from the app itself (cmaps.ts); cMapUrl is only a name pdf.js requires to ask for them.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
    cMapUrl: 'cmaps/',
    cMapPacked: true,
    useWorkerFetch: false,
    BinaryDataFactory: ShippedCMaps,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new NotAPdfError(error instanceof Error && error.name === 'PasswordException' ? 'encrypted' : 'unreadable');
  }
  try {
    const pages: PdfItem[][] = [];
    for (let n = 1; n <= Math.min(document.numPages, PDF_MAX_PAGES); n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap((raw) => itemOf(raw as TextItemLike) ?? []));
      page.cleanup();
    }
    return pages;
  } catch (error) {
    // A file that opens can still fail on a page (a broken cross-reference, a damaged stream):
    // pdf.js throws its own exceptions there, which are the file's fault, not the importer's.
    if (error instanceof NotAPdfError) throw error;
    throw new NotAPdfError('unreadable');
  } finally {
    await task.destroy();
  }
}

/** A PDF's text layer as the importer's source. Throws NotAPdfError, `scanned` when it has no text. */
export async function readPdf(bytes: Uint8Array): Promise<Source> {
  const pages = await readPdfItems(bytes);
  if (!pages.some((items) => items.some((i) => i.text.trim()))) throw new NotAPdfError('scanned');
  return pdfSource(pages);
}
