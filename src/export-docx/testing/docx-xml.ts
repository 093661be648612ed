/**
 * Tests only: reading back the parts of a generated .docx. The builder's XML is regular (no nested
 * tables), so small patterns suffice; there is no XML parser among the dependencies.
 */
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  footers: string[];
  headers: string[];
  settings: string;
  core: string;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const named = (re: RegExp) =>
    Object.keys(zip.files)
      .filter((p) => re.test(p))
      .sort();
  return {
    document: await text('word/document.xml'),
    footers: await Promise.all(named(/^word\/footer\d*\.xml$/).map(text)),
    headers: await Promise.all(named(/^word\/header\d*\.xml$/).map(text)),
    settings: await text('word/settings.xml'),
    core: await text('docProps/core.xml'),
  };
}

export function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The text of a piece of WordprocessingML: its w:t contents, joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1] ?? '')).join('');
}

/** The body's paragraphs outside tables, as text. */
export function paragraphTexts(document: string): string[] {
  const body = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
}

export interface XmlCell {
  gridSpan: number;
  vMerge: 'restart' | 'continue' | null;
  text: string;
  xml: string;
}

export interface XmlTable {
  xml: string;
  gridCols: number[];
  rows: { xml: string; header: boolean; cantSplit: boolean; cells: XmlCell[] }[];
}

export function tablesOf(document: string): XmlTable[] {
  return [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const xml = t[1] ?? '';
    return {
      xml,
      gridCols: [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
      rows: [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => {
        const rowXml = r[1] ?? '';
        return {
          xml: rowXml,
          header: /<w:tblHeader\/>/.test(rowXml),
          cantSplit: /<w:cantSplit\/>/.test(rowXml),
          cells: [...rowXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => {
            const cellXml = c[1] ?? '';
            const vMerge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cellXml);
            return {
              gridSpan: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cellXml)?.[1] ?? 1),
              vMerge: vMerge ? (vMerge[1] === 'restart' ? 'restart' : 'continue') : null,
              text: textOf(cellXml),
              xml: cellXml,
            };
          }),
        };
      }),
    };
  });
}
