/**
 * HTML (a web page, or the clipboard's text/html when a user copies from a government site or
 * Word) to source lines: real <table> rows and cells, other block elements as paragraphs.
 * A small tolerant tokenizer rather than an XML parser: clipboard HTML is rarely well-formed
 * (unclosed <td>, <p>, Word's conditional comments), and DOMParser does not exist in Node.
 */
import { lineOf, type Source, type SourceLine } from './source.ts';

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'hr',
  'title',
]);
/** Never report text: code, the page's head, and a site's navigation, side bars, forms and footer. */
const SKIP = new Set(['script', 'style', 'head', 'xml', 'template', 'noscript', 'nav', 'aside', 'footer', 'select', 'button', 'iframe']);
/**
 * A government CMS's metadata table (索引号、发布机构、发布日期…): a row with one of these labels
 * is the page's, not the report's.
 */
const METADATA_LABEL =
  /^(?:索\s*引\s*号|发布机构|发文机关|发文单位|发布日期|发布时间|成文日期|发文日期|主题分类|信息分类|体裁分类|组配分类|服务对象|文\s*号|发文字号|有\s*效\s*性|生效日期|废止日期|信息来源|公开方式|公开范围|公开时限)\s*[:：]?/;
/** Page furniture around the report: breadcrumb, article info, print/close links, share, site footer. */
const FURNITURE =
  /^(?:【?(?:打印本?页?|关闭(?:本页|窗口)?)】?|分享到|当前位置|您(?:现在|当前)的位置|发布时间[:：]|浏览次数|点击数|访问量|字号[:：]|主办单位|承办单位|网站标识码|版权所有|Copyright|技术支持|网站地图|扫一扫)|ICP备\d|公网安备/i;
/** More blank columns than a report's table has (15): a damaged colspan is read as one cell. */
const MAX_SPAN = 20;
const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  emsp: ' ',
  ensp: ' ',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Work done by the comment and declaration passes (characters visited), for the linearity tests. */
export const htmlSteps = { count: 0 };

/**
 * `text` without each `open … close` (shortest), as `/open[\s\S]*?close/g` would remove them, in
 * one pass: once no `close` follows an `open`, none follows any later one either (the regex went
 * on trying every later `open` and scanning to the end from each).
 */
export function removeBetween(text: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    const end = start < 0 ? -1 : text.indexOf(close, start + open.length);
    htmlSteps.count += (end < 0 ? text.length : end + close.length) - from;
    if (end < 0) return out + text.slice(from);
    out += text.slice(from, start);
    from = end + close.length;
  }
}

/**
 * `<!DOCTYPE …>` and `<?xml …?>` removed, as `/<![^>]*>|<\?[^>]*\?>/g` would: a `<!` up to the
 * next '>', a `<?` up to the next '>' when a '?' stands right before it. The next '>' is found once
 * and shared by every `<!`/`<?` before it.
 */
export function withoutDeclarations(text: string): string {
  let out = '';
  let from = 0;
  let gt = -1;
  for (let i = text.indexOf('<', 0); i >= 0 && i < text.length - 1; i = text.indexOf('<', i + 1)) {
    htmlSteps.count++;
    const kind = text[i + 1];
    if (kind !== '!' && kind !== '?') continue;
    if (gt < i + 2) gt = text.indexOf('>', i + 2);
    if (gt < 0) break;
    if (kind === '?' && !(gt - 1 >= i + 2 && text[gt - 1] === '?')) continue;
    out += text.slice(from, i);
    from = gt + 1;
    i = gt;
  }
  htmlSteps.count += text.length;
  return out + text.slice(from);
}

interface TableState {
  row: string[] | null;
  cell: string | null;
  /** The open cell's colspan: a blank cell spanning columns is that many blank cells. */
  span: number;
}

export function readHtml(html: string): Source {
  const lines: SourceLine[] = [];
  const tables: TableState[] = [];
  let paragraph = '';
  let skipping: string | null = null;
  let dropped = 0;

  const flushParagraph = () => {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    if (text && FURNITURE.test(text) && text.length < 200) dropped++;
    else if (text) lines.push(lineOf([text]));
    paragraph = '';
  };
  const table = () => tables[tables.length - 1];
  const closeCell = () => {
    const t = table();
    if (t?.row && t.cell !== null) {
      const text = t.cell.replace(/\s+/g, ' ').trim();
      t.row.push(text);
      for (let i = 1; !text && i < t.span; i++) t.row.push('');
    }
    if (t) t.cell = null;
  };
  const closeRow = () => {
    closeCell();
    const t = table();
    if (t?.row && t.row.some((c) => METADATA_LABEL.test(c)) && t.row.every((c) => c.length < 100)) dropped++;
    else if (t?.row) lines.push(lineOf(t.row));
    if (t) t.row = null;
  };
  const addText = (text: string) => {
    const t = table();
    if (t && t.cell !== null) t.cell += text;
    else if (!t) paragraph += text;
  };

  const source = withoutDeclarations(removeBetween(removeBetween(html, '<!--', '-->'), '<![', ']>'));
  // No tag can start after the last '>': the regex is run only up to it. Run over the rest, it
  // would try every '<' there and scan to the end from each (quadratic on unclosed `<a<a<a…`).
  // Before it, every attempt that gets past the name ends at the next '>'.
  const tagged = source.slice(0, source.lastIndexOf('>') + 1);
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:]*)\b[^>]*?(\/?)>/g;
  let at = 0;
  for (let match = TAG.exec(tagged); match; match = TAG.exec(tagged)) {
    const text = source.slice(at, match.index);
    // Characters the tag regex moved past: each attempt ends at the next '>' or fails at the name.
    htmlSteps.count += TAG.lastIndex - at;
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
        tables.push({ row: null, cell: null, span: 1 });
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
        const span = Number(/\bcolspan\s*=\s*["']?(\d{1,3})/i.exec(match[0])?.[1] ?? 1);
        t.span = span >= 1 && span <= MAX_SPAN ? span : 1;
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
  return { format: 'html', lines, droppedLines: dropped };
}
