/**
 * A .docx (WordprocessingML, ECMA-376 Part 1 §17) to source lines, reading the real table
 * structure: w:tbl/w:tr/w:tc, with w:gridSpan and w:vMerge (a continued vertical merge is an
 * empty cell, so the label printed once in the merged cell is read once).
 * @xmldom/xmldom parses the XML: it runs unchanged in Node (CLI, tests) and the browser.
 * Cost is bounded (docx-limits.ts): document.xml's inflated size, the entry count and the nesting
 * depth are capped, and the tree is walked with explicit stacks, never recursion.
 */
import JSZip from 'jszip';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { lineOf, type Source, type SourceLine } from './source.ts';
import {
  DOCX_LIMITS,
  NotADocxError,
  checkEntries,
  declaredEntries,
  decodeXml,
  inflateCapped,
  nestingDepth,
  type DocxLimits,
} from './docx-limits.ts';

export { NotADocxError } from './docx-limits.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function children(node: Node, name?: string): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (!name || (child as Element).localName === name)) out.push(child as Element);
  }
  return out;
}

/** Pushes `items` last-first, so they pop in order; a loop, as spreading 100 000 items overflows the stack. */
function pushReversed<T>(stack: T[], items: readonly T[]): void {
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as T);
}

/** The text nodes directly inside an element (w:t holds only text). */
function ownText(el: Element): string {
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling)
    if (child.nodeType === 3 || child.nodeType === 4) out += child.nodeValue ?? '';
  return out;
}

/** Text of a paragraph (or any run container), line breaks kept as \n. Depth-first, explicit stack. */
function textOf(node: Node): string {
  let out = '';
  // Children are pushed in reverse so they come off in document order; a 'p' marker adds the
  // newline that separates a nested paragraph from the text before it.
  const stack: (Element | 'p')[] = children(node).reverse();
  while (stack.length) {
    const el = stack.pop();
    if (el === undefined) break;
    if (el === 'p') {
      if (out) out += '\n';
      continue;
    }
    switch (el.localName) {
      case 't':
        out += ownText(el);
        break;
      case 'tab':
        out += '\t';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      // Deleted text, field codes and drawings are not part of what the reader sees.
      case 'del':
      case 'instrText':
      case 'drawing':
      case 'pict':
        break;
      default:
        pushReversed(stack, children(el));
        if (el.localName === 'p') stack.push('p');
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

/** Paragraphs and tables of the body, inside content controls (w:sdt) too, in document order. */
function readBlocks(container: Node, lines: SourceLine[]): void {
  const stack: Element[] = children(container).reverse();
  while (stack.length) {
    const el = stack.pop();
    if (!el) break;
    if (el.localName === 'p') for (const part of textOf(el).split('\n')) lines.push(lineOf([part.replace(/\t/g, ' ')]));
    else if (el.localName === 'tbl') readTable(el, lines);
    else if (el.localName === 'sdt')
      pushReversed(
        stack,
        children(el, 'sdtContent').flatMap((c) => children(c)),
      );
  }
}

async function documentXml(bytes: Uint8Array, limits: DocxLimits): Promise<string> {
  const declared = declaredEntries(bytes);
  if (declared !== null) checkEntries(declared, limits);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new NotADocxError('not a zip file');
  }
  checkEntries(Object.keys(zip.files).length, limits);
  const file = zip.file('word/document.xml');
  if (!file) throw new NotADocxError('no word/document.xml');
  return decodeXml(await inflateCapped(file, limits.documentBytes, 'word/document.xml'));
}

export async function readDocx(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<Source> {
  const xml = await documentXml(bytes, limits);
  if (!xml) throw new NotADocxError('no word/document.xml');
  const depth = nestingDepth(xml, limits.depth);
  if (depth > limits.depth) throw new NotADocxError('nested too deep', 'tooDeep', { limit: String(limits.depth) });
  let body: Element | undefined;
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
    // The body is a child of the root: found without getElementsByTagNameNS, which walks the
    // whole tree recursively.
    const root = doc.documentElement;
    body = root ? children(root).find((el) => el.localName === 'body' && el.namespaceURI === W) : undefined;
  } catch (error) {
    // xmldom throws a ParseError on what is not XML (no root element, mismatched tags).
    const detail = error instanceof Error ? (error.message.split('\n')[0]?.slice(0, 120) ?? '') : '';
    throw new NotADocxError('document.xml is not XML', 'notXml', { detail });
  }
  if (!body) throw new NotADocxError('no w:body');
  const lines: SourceLine[] = [];
  readBlocks(body, lines);
  return { format: 'docx', lines, droppedLines: 0 };
}
