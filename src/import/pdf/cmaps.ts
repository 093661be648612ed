/**
 * pdf.js's predefined CMap files for Chinese (Adobe-GB1: UniGB-UCS2-H, UniGB-UTF16-H, GBK-EUC-H,
 * GB-EUC-H, Adobe-GB1-UCS2…), which a PDF with a non-embedded 宋体 (WPS, older Acrobat) needs to
 * map its codes to text. Shipped with the app, never fetched from elsewhere: each file is a lazy
 * chunk of its own (inlined, so the same code serves the normal build, the single-file build and
 * the bundled CLI, which runs without node_modules), loaded only when a PDF asks for that CMap.
 * Japanese, Korean and traditional-Chinese CMaps are not shipped: the reports are simplified Chinese.
 */

type Loaders = Record<string, () => Promise<string>>;

/**
 * Lazy: a glob import's modules are chunks loaded on the first call, not part of this module.
 * Vite (the builds, Vitest) replaces the call; the CLI run from source by tsx has no such call and
 * reads the same files from node_modules instead (fromDisk).
 */
function bundled(): Loaders | null {
  try {
    // Stryker disable next-line all: Vite reads the glob's arguments as literals before any code runs; a mutated one fails to parse.
    return import.meta.glob<string>('/node_modules/pdfjs-dist/cmaps/*GB*.bcmap', { query: '?inline', import: 'default' });
  } catch {
    return null;
  }
}

/** Only in Node, never in a browser: both are hidden from the bundler (not literals in an import or a URL). */
const NODE_FS = 'node:fs/promises';
const CMAP_DIR = '../../../node_modules/pdfjs-dist/cmaps/';

async function fromDisk(filename: string): Promise<string> {
  const fs = (await import(/* @vite-ignore */ NODE_FS)) as typeof import('node:fs/promises');
  return `data:application/octet-stream;base64,${(await fs.readFile(new URL(filename, new URL(CMAP_DIR, import.meta.url)))).toString('base64')}`;
}

const GB_NAMES = /^(Adobe-GB1-[0-9A-Z]+|UniGB-[0-9A-Z]+-[HV]|GB[0-9A-Za-z]*-(EUC-)?[HV])\.bcmap$/;
const BY_NAME: Map<string, () => Promise<string>> = new Map(
  Object.entries(bundled() ?? {}).map(([path, load]) => [path.replace(/^.*\//, ''), load]),
);

/** The names of the shipped CMap files (`UniGB-UCS2-H.bcmap`…). */
export const SHIPPED_CMAPS: readonly string[] = [...BY_NAME.keys()].sort();

function decodeDataUrl(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bytes of a shipped CMap file by its file name; throws for one not shipped. */
export async function cmapBytes(filename: string): Promise<Uint8Array> {
  const load = BY_NAME.size ? BY_NAME.get(filename) : GB_NAMES.test(filename) ? () => fromDisk(filename) : undefined;
  if (!load) throw new Error(`CMap not shipped: ${filename}`);
  return decodeDataUrl(await load());
}

/**
 * pdf.js's BinaryDataFactory (getDocument's `BinaryDataFactory` option): CMaps from the files
 * above; no standard font data or wasm (text is read without them), so those are refused.
 */
export class ShippedCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    if (kind !== 'cMapUrl') throw new Error(`not shipped: ${kind} ${filename}`);
    return cmapBytes(filename);
  }
}
