/**
 * HTML (a web page, or the clipboard's text/html when a user copies from a government site or
 * Word) to source lines: real <table> rows and cells, other block elements as paragraphs.
 * A small tolerant tokenizer rather than an XML parser: clipboard HTML is rarely well-formed
 * (unclosed <td>, <p>, Word's conditional comments), and DOMParser does not exist in Node.
 */
import { lineOf, type Source, type SourceLine } from './source.ts';

const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'title']);
const SKIP = new Set(['script', 'style', 'head', 'xml', 'template', 'noscript']);
const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', emsp: ' ', ensp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface TableState {
  row: string[] | null;
  cell: string | null;
}

export function readHtml(html: string): Source {
  const lines: SourceLine[] = [];
  const tables: TableState[] = [];
  let paragraph = '';
  let skipping: string | null = null;

  const flushParagraph = () => {
    if (paragraph.trim()) lines.push(lineOf([paragraph.replace(/\s+/g, ' ')]));
    paragraph = '';
  };
  const table = () => tables[tables.length - 1];
  const closeCell = () => {
    const t = table();
    if (t?.row && t.cell !== null) t.row.push(t.cell.replace(/\s+/g, ' ').trim());
    if (t) t.cell = null;
  };
  const closeRow = () => {
    closeCell();
    const t = table();
    if (t?.row) lines.push(lineOf(t.row));
    if (t) t.row = null;
  };
  const addText = (text: string) => {
    const t = table();
    if (t && t.cell !== null) t.cell += text;
    else if (!t) paragraph += text;
  };

  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[[\s\S]*?\]>/g, '').replace(/<![^>]*>|<\?[^>]*\?>/g, '');
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:]*)\b[^>]*?(\/?)>/g;
  let at = 0;
  for (let match = TAG.exec(source); match; match = TAG.exec(source)) {
    const text = source.slice(at, match.index);
    at = TAG.lastIndex;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase().replace(/^.*:/, '');
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (text) addText(decodeEntities(text));
    if (SKIP.has(name) && !closing && match[3] !== '/') {
      skipping = name;
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        flushParagraph();
        tables.push({ row: null, cell: null });
      } else {
        closeRow();
        tables.pop();
      }
    } else if (name === 'tr' && tables.length) {
      closeRow();
      if (!closing) {
        const t = table();
        if (t) t.row = [];
      }
    } else if ((name === 'td' || name === 'th') && tables.length) {
      closeCell();
      const t = table();
      if (!closing && t) {
        t.row ??= [];
        t.cell = '';
      }
    } else if (BLOCK.has(name)) {
      // Inside a cell a paragraph break is a line break within the cell's text.
      if (table()?.cell !== null && tables.length) addText('');
      else flushParagraph();
    }
  }
  if (!skipping) addText(decodeEntities(source.slice(at)));
  while (tables.length) {
    closeRow();
    tables.pop();
  }
  flushParagraph();
  return { format: 'html', lines, droppedLines: 0 };
}
