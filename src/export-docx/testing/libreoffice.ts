/**
 * Tests only: proving a .docx opens in a real office suite. soffice converts it to PDF (it exits 0
 * even when conversion fails, so the PDF's existence is the result); poppler reads the PDF back.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { decodeXml } from './docx-xml.ts';

const run = promisify(execFile);

/** Aliases the Chinese office font names to the installed Debian substitutes. */
export const FONTS_CONF = fileURLToPath(new URL('./fonts.conf', import.meta.url));

export interface OfficeProfile {
  dir: string;
  dispose(): Promise<void>;
}

/** One LibreOffice user profile per test file: parallel runs must not share one. */
export async function createProfile(): Promise<OfficeProfile> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-soffice-'));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export async function convertToPdf(docx: string, outDir: string, profile: OfficeProfile, timeoutMs = 120_000): Promise<string> {
  const pdf = join(outDir, basename(docx).replace(/\.docx$/i, '.pdf'));
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile.dir).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      docx,
    ],
    { timeout: timeoutMs, env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF } },
  );
  if (!existsSync(pdf)) throw new Error(`soffice did not produce ${pdf}`);
  return pdf;
}

export async function pdfText(pdf: string): Promise<string> {
  return (await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/**
 * The text of each page (`pdftotext -f N -l N -layout`), as its non-empty lines trimmed: what a
 * reader sees on that page, for checks of where the pages break.
 */
export async function pdfPageLines(pdf: string): Promise<string[][]> {
  const pages: string[][] = [];
  const count = await pdfPageCount(pdf);
  for (let n = 1; n <= count; n++) {
    const page = String(n);
    const { stdout } = await run('pdftotext', ['-f', page, '-l', page, '-layout', '-enc', 'UTF-8', pdf, '-'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    pages.push(
      stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );
  }
  return pages;
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

/** `pdffonts` rows: the font name and whether it is embedded. */
export async function pdfFonts(pdf: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type [encoding…] emb sub uni object ID: emb is the 5th field from the end.
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}

export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
}

/** Page images for a human to look at (artifacts/docx/, git-ignored). */
export async function renderPages(pdf: string, prefix: string, options: { dpi?: number; lastPage?: number } = {}): Promise<void> {
  const range = options.lastPage ? ['-l', String(options.lastPage)] : [];
  await run('pdftoppm', ['-png', '-r', String(options.dpi ?? 60), ...range, pdf, prefix]);
}

export interface OutlineItem {
  title: string;
  page: number;
  children: OutlineItem[];
}

/**
 * The PDF's outline (bookmarks), as `pdftohtml -xml` reads it: nested `<outline>` lists of
 * `<item page="N">title</item>`, a nested list belonging to the item before it.
 */
export async function pdfOutline(pdf: string): Promise<OutlineItem[]> {
  const { stdout } = await run('pdftohtml', ['-xml', '-i', '-q', '-stdout', pdf], { maxBuffer: 64 * 1024 * 1024 });
  const root: OutlineItem[] = [];
  /** The lists open at this point, innermost last. */
  const open: OutlineItem[][] = [];
  for (const m of stdout.matchAll(/<outline>|<\/outline>|<item page="(\d+)">([^<]*)<\/item>/g)) {
    const list = open[open.length - 1];
    if (m[0] === '<outline>') {
      const parent = list?.[list.length - 1];
      open.push(parent ? parent.children : root);
    } else if (m[0] === '</outline>') {
      open.pop();
    } else {
      list?.push({ title: decodeXml(m[2] ?? '').trim(), page: Number(m[1]), children: [] });
    }
  }
  return root;
}
