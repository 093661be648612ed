/**
 * A .docx (WordprocessingML, ECMA-376 Part 1 §17) to source lines, reading the real table
 * structure: w:tbl/w:tr/w:tc, with w:gridSpan and w:vMerge (a continued vertical merge is an
 * empty cell, so the label printed once in the merged cell is read once).
 * @xmldom/xmldom parses the XML: it runs unchanged in Node (CLI, tests) and the browser.
 */
import JSZip from 'jszip';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { lineOf, type Source, type SourceLine } from './source.ts';

export class NotADocxError extends Error {}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function children(node: Node, name?: string): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (!name || (child as Element).localName === name)) out.push(child as Element);
  }
  return out;
}

/** Text of a paragraph (or any run container), line breaks kept as \n. */
function textOf(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    switch (el.localName) {
      case 't':
        out += el.textContent ?? '';
        break;
      case 'tab':
        out += '\t';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      case 'p':
        out += (out ? '\n' : '') + textOf(el);
        break;
      // Deleted text, field codes and drawings are not part of what the reader sees.
      case 'del':
      case 'instrText':
      case 'drawing':
      case 'pict':
        break;
      default:
        out += textOf(el);
    }
  }
  return out;
}

function isMergeContinuation(cell: Element): boolean {
  const props = children(cell, 'tcPr')[0];
  const merge = props ? children(props, 'vMerge')[0] : undefined;
  if (!merge) return false;
  const value = merge.getAttributeNS(W, 'val') || merge.getAttribute('w:val');
  return value !== 'restart';
}

function readTable(table: Element, lines: SourceLine[]): void {
  for (const row of children(table, 'tr')) {
    const cells = children(row, 'tc').map((cell) => (isMergeContinuation(cell) ? '' : textOf(cell).replace(/\s*\n\s*/g, '')));
    lines.push(lineOf(cells));
  }
}

function readBlocks(container: Node, lines: SourceLine[]): void {
  for (const el of children(container)) {
    if (el.localName === 'p') for (const part of textOf(el).split('\n')) lines.push(lineOf([part.replace(/\t/g, ' ')]));
    else if (el.localName === 'tbl') readTable(el, lines);
    else if (el.localName === 'sdt') for (const content of children(el, 'sdtContent')) readBlocks(content, lines);
  }
}

export async function readDocx(bytes: Uint8Array): Promise<Source> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    throw new NotADocxError('not a zip file');
  }
  if (!xml) throw new NotADocxError('no word/document.xml');
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new NotADocxError('no w:body');
  const lines: SourceLine[] = [];
  readBlocks(body, lines);
  return { format: 'docx', lines, droppedLines: 0 };
}
