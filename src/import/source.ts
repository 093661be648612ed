/**
 * The importer's common intermediate form: a report as lines of cells, whatever it came from.
 * Paragraphs are one-cell lines; a table row is one line with one cell per printed cell.
 * Readers for plain text (web copy, pdftotext -layout, Markdown) live here; HTML and .docx have
 * their own modules and produce the same shape.
 */
import { stripDebris } from './normalize.ts';
import { findLastIndex } from '../report/arrays.ts';

export type SourceFormat = 'text' | 'markdown' | 'pdfLayout' | 'html' | 'docx' | 'pdf';

/** Text laid out as printed pages (pdftotext -layout, a PDF's text layer): its prose is hard-wrapped. */
export const isPrintedLayout = (format: SourceFormat): boolean => format === 'pdfLayout' || format === 'pdf';

export interface SourceLine {
  /** The line's text with debris removed, cells joined by a tab. */
  readonly text: string;
  readonly cells: readonly string[];
}

export interface Source {
  readonly format: SourceFormat;
  readonly lines: readonly SourceLine[];
  /** Lines dropped as page furniture (page numbers, repeated page headers). */
  readonly droppedLines: number;
}

export function lineOf(cells: readonly string[]): SourceLine {
  // Most lines are one cell (a paragraph): read without the arrays a line of many cells needs.
  // A long text is hundreds of thousands of lines, and their garbage was a third of its import.
  if (cells.length === 1) {
    const only = stripDebris(cells[0] ?? '').trim();
    return { text: only, cells: [only] };
  }
  const clean = cells.map((c) => stripDebris(c).trim());
  return { text: clean.filter(Boolean).join('\t'), cells: clean };
}

/** A plain-text line's cells: split at tabs only when it has one. */
const tabCells = (line: string): string[] => (line.includes('\t') ? line.split('\t') : [line]);

const PIPE_ROW = /^\s*\|.*\|\s*$/;
/**
 * | --- | :-: |. Was `^\s*\|?[\s:|-]+\|?\s*$`, which matches exactly the lines made only of these
 * characters, but its overlapping quantifiers backtracked polynomially on a long row of spaces
 * that ends otherwise (35 s on 208 KB). One character class cannot backtrack.
 */
const PIPE_SEPARATOR = /^[\s:|-]+$/;
/** pdftotext -layout separates cells by runs of two or more spaces. */
const LAYOUT_GAP = /\S(?: {2,}|\u3000+)\S/;
const PAGE_NUMBER = /^[-—–－\s]*(?:第\s*)?\d{1,3}(?:\s*页)?(?:\s*\/\s*\d+|\s*共\s*\d+\s*页)?[-—–－\s]*$/;
const DASHED_PAGE_NUMBER = /^\s*[-—–－]+\s*\d{1,3}\s*[-—–－]+\s*$/;

export function detectTextFormat(text: string): SourceFormat {
  const lines = text.split('\n');
  if (lines.filter((l) => PIPE_ROW.test(l)).length >= 3) return 'markdown';
  if (text.includes('\f') || lines.filter((l) => LAYOUT_GAP.test(l.trim())).length >= 5) return 'pdfLayout';
  return 'text';
}

export function readText(input: string, format: SourceFormat = detectTextFormat(input.replace(/\r\n?/g, '\n'))): Source {
  const text = input.replace(/\r\n?/g, '\n');
  if (format === 'pdfLayout') return readLayout(text);
  const lines: SourceLine[] = [];
  for (const raw of text.split('\n')) {
    if (format === 'markdown' && PIPE_ROW.test(raw)) {
      if (PIPE_SEPARATOR.test(raw)) continue;
      lines.push(
        lineOf(
          raw
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|')
            .map(unescapeMarkdown),
        ),
      );
    } else lines.push(lineOf(format === 'markdown' ? raw.split('\t').map(unescapeMarkdown) : tabCells(raw)));
  }
  return { format, lines, droppedLines: 0 };
}

function unescapeMarkdown(cell: string): string {
  return cell
    .replace(/\\([|*_#\\])/g, '$1')
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '');
}

/** Lines and pages visited by readLayout, for the linearity tests. */
export const layoutSteps = { count: 0 };

/** pdftotext -layout: cells by runs of spaces; page numbers and repeated page headers dropped. */
function readLayout(text: string): Source {
  const pages = text.split('\f').map((p) => p.split('\n').map((l) => l.trim()));
  const { kept, dropped } = withoutFurniture(pages, (line) => line);
  const lines = kept.map((line) => lineOf(line.split(/ {2,}|\u3000+/).flatMap(splitTrailingNumbers)));
  return { format: 'pdfLayout', lines, droppedLines: dropped };
}

/**
 * The lines of printed pages without their furniture: page numbers (first or last line of a page,
 * or dashed anywhere), and a first line repeated on three pages or more (a running header). Blank
 * lines are kept (they are empty cells to the readers).
 */
export function withoutFurniture<T>(pages: readonly (readonly T[])[], textOf: (line: T) => string): { kept: T[]; dropped: number } {
  const firstLines = pages.map((p) => {
    const first = p.find((l) => textOf(l).trim());
    return first === undefined ? '' : textOf(first).trim();
  });
  // Counted once: counting per page made the check quadratic in pages (40 000 form feeds: 34 s).
  const firstLineCounts = new Map<string, number>();
  for (const f of firstLines) firstLineCounts.set(f, (firstLineCounts.get(f) ?? 0) + 1);
  layoutSteps.count += firstLines.length;
  const repeatedHeader = (line: string) => (firstLineCounts.get(line) ?? 0) >= 3;
  const kept: T[] = [];
  let dropped = 0;
  for (const page of pages) {
    layoutSteps.count += page.length + 1;
    const content = page.map((l) => textOf(l).trim());
    const last = findLastIndex(content, (l) => l !== '');
    const first = content.findIndex((l) => l !== '');
    page.forEach((item, i) => {
      const line = content[i] ?? '';
      const furniture =
        DASHED_PAGE_NUMBER.test(line) ||
        ((i === last || i === first) && PAGE_NUMBER.test(line) && line !== '') ||
        (i === first && repeatedHeader(line));
      if (furniture) dropped++;
      else kept.push(item);
    });
  }
  return { kept, dropped };
}

/** “行政规范性文件 4” or “3.危及“三安全一稳定” 0”: a label and its numbers one space apart. */
export function splitTrailingNumbers(cell: string): string[] {
  const match = /^(.*[^\d\s,.．])\s+(\d[\d,.．]*(?:\s+\d[\d,.．]*)*)$/.exec(cell);
  if (!match || !/\p{Script=Han}|[”"）)]$/u.test(match[1] ?? '')) return [cell];
  return [match[1] ?? '', ...(match[2] ?? '').split(/\s+/)];
}
