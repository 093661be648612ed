/**
 * The mapper's cursor over a section's grid: its printed cells as one stream (a label wrapped
 * over lines, or numbers on the line after their label, are neighbours in it), the official labels
 * and the numbers after them in it, and what a reading yields. Shared by the 2021 mapping
 * (tables-extract.ts) and the 2019 trial layout (legacy-2019.ts).
 */
import { isNumberCell } from '../digits.ts';
import { labelsMatch, normalizeLabel, ordinalOf } from '../normalize.ts';
import type { SectionGrid } from '../grid/types.ts';
import type { ImportFinding } from '../types.ts';

export interface TableExtract {
  /** Input cells read, by cell id. */
  readonly values: Map<string, number | string>;
  /**
   * Input cells the source leaves empty — printed blank, or without a row in an old layout: read,
   * left blank and named by a finding (never counted as lost), 0 for the printed totals' check.
   */
  readonly blanks: Set<string>;
  readonly findings: ImportFinding[];
  /** The table's input cells: what a complete reading finds. */
  readonly expected: number;
  /** Printed in the 2019 trial layout: some 2021 cells have no counterpart there. */
  oldLayout: boolean;
  /** Token ranges [from, to) the mapping placed (labels and the numbers read for them). */
  readonly placed: [number, number][];
  /** Rows with cells printed blank, in order: named together by one finding per table. */
  blankRows?: { readonly label: string; readonly ids: readonly string[]; readonly columns: readonly string[] }[];
}

export interface Token {
  readonly text: string;
  readonly line: number;
  /**
   * Blank cells just before this one in its line (after the line's first filled cell), and after it
   * when it ends the line. A tab-separated or table row keeps a blank cell's column this way, while
   * the stream of filled cells that label matching walks stays as it was.
   */
  readonly blanksBefore?: number;
  readonly blanksAfter?: number;
}

/** Grid cells turned into tokens, for the linearity tests. */
export const tokenSteps = { count: 0 };

/** The grid's printed cells in reading order; a blank cell is counted on its neighbour, as its column. */
export function tokensOf(grid: SectionGrid): Token[] {
  const out: Token[] = [];
  for (const row of grid.rows) {
    let blanks = 0;
    let last: Token | null = null;
    for (const text of row.cells) {
      tokenSteps.count++;
      if (text === null) {
        blanks++;
        continue;
      }
      last = blanks ? { text, line: row.line, blanksBefore: blanks } : { text, line: row.line };
      out.push(last);
      blanks = 0;
    }
    if (last && blanks) out[out.length - 1] = { ...last, blanksAfter: blanks };
  }
  return out;
}

/** A token's text; '' past either end of the stream (never a number, never a label). */
const textAt = (tokens: readonly Token[], i: number): string => tokens[i]?.text ?? '';

/** Does a label start at token k (possibly split over up to 3 cells)? Returns cells consumed. */
function labelAt(tokens: readonly Token[], k: number, label: string): number {
  const target = normalizeLabel(label);
  const start = normalizeLabel(textAt(tokens, k));
  // A group label's fragment may precede the row label in the same cell (“不予公 2.其他…”). A label
  // without an ordinal is found at 0 (indexOf('')): nothing to cut.
  const at = start.indexOf(ordinalOf(target));
  for (const from of at > 0 ? [start, start.slice(at)] : [start]) {
    const n = labelFrom(tokens, k, from, label, target);
    if (n) return n;
  }
  return 0;
}

/** Cells from k joined to `label`, the first read as `start`; a number cell ends the label. */
function labelFrom(tokens: readonly Token[], k: number, start: string, label: string, target: string): number {
  let joined = '';
  // Past the end of the stream a cell is '': nothing is joined, nothing new matches.
  for (let n = 1; n <= 3; n++) {
    const text = textAt(tokens, k + n - 1);
    if (isNumberCell(text)) break;
    joined += n === 1 ? start : normalizeLabel(text);
    if (labelsMatch(joined, label, { loose: true })) return n;
    // A group label and the row label run together in one cell: “三、本年度办理结果(一)予以公开”.
    if (n === 1 && joined.length > target.length && joined.endsWith(target) && ordinalOf(target)) return 1;
    // The rest of a wrapped label may follow the numbers (pdftotext): a long enough start will do.
    const prefixLength = Math.max(5, Math.min(8, Math.ceil([...target].length * 0.4)));
    if (ordinalOf(target) && joined.length >= prefixLength && joined.length < target.length) {
      if (labelsMatch(joined, target.slice(0, joined.length))) return n;
    }
  }
  return 0;
}

/** Starts with an ordinal: a row or group label, never a fragment of a wrapped one. */
const LABEL_START = /^[(（]?[一二三四五六七八九十\d]+[)）.．、]/;

/**
 * The numbers after a label. `skipFragments`: in pdftotext output the rest of a wrapped label (and
 * bits of the group label beside it) can stand between a row label and its numbers.
 */
export function numbersAfter(
  tokens: readonly Token[],
  k: number,
  amount: boolean,
  skipFragments = false,
  keepBlanks = false,
): { raw: string[]; next: number } {
  const raw: string[] = [];
  let i = k;
  const labelLine = tokens[k - 1]?.line;
  if (skipFragments) {
    // A merged label cell repeated over the columns it covers (OCR and Markdown conversions).
    const labelText = textAt(tokens, k - 1);
    for (let skipped = 0; skipped < 4; skipped++, i++) {
      const text = textAt(tokens, i);
      if (isNumberCell(text, amount) || (LABEL_START.test(text) && text !== labelText)) break;
    }
    // Fragments and then no number (or the end of the stream): not this row's fragments.
    if (!isNumberCell(textAt(tokens, i), amount)) i = k;
  }
  // `keepBlanks`: a blank cell in the label's own line stands for its column, as '' (one line per row).
  const onLabelLine = (t: Token | undefined) => keepBlanks && t !== undefined && t.line === labelLine;
  const blanks = (count: number | undefined) => Array.from({ length: count ?? 0 }, () => '');
  for (; isNumberCell(textAt(tokens, i), amount); i++) {
    const token = tokens[i];
    if (onLabelLine(token)) raw.push(...blanks(token?.blanksBefore));
    raw.push(textAt(tokens, i));
  }
  // Blanks closing the line: after its last number, or after the label of a row printed all blank.
  const last = tokens[i - 1];
  if (onLabelLine(last)) raw.push(...blanks(last?.blanksAfter));
  return { raw, next: i };
}

/**
 * The numbers printed just before a row label, not read by the row above: pdftotext puts a row's
 * numbers on the line above its label when the label cell wraps over lines beside a taller group
 * label (“1 0 0 0 0 0 1” / “（六）其他处理 3.其他”). Exactly `count` numbers, ending on the label's
 * line or the line above it; null otherwise.
 */
export function numbersBefore(tokens: readonly Token[], from: number, at: number, count: number): string[] | null {
  const label = tokens[at];
  let i = at;
  while (i > from && i > at - count - 1 && isNumberCell(textAt(tokens, i - 1))) i--;
  const run = tokens.slice(i, at);
  const last = run[run.length - 1];
  if (!label || !last || run.length !== count || label.line - last.line > 1) return null;
  return run.map((t) => t.text);
}

/**
 * How far past the previous row a row label is looked for, in cells. A table's next row follows
 * within a few dozen cells (at most 15 numbers a row, labels split over three cells, a page
 * header); searching to the end for every row not printed made a section of many lines cost
 * rows × lines label comparisons (100 000 lines: minutes).
 */
export const LABEL_WINDOW = 1000;

/** Cells compared with a row label, for the tests that bound the work. */
export const labelSteps = { count: 0 };

export function findLabel(tokens: readonly Token[], from: number, label: string): { at: number; length: number } | null {
  for (let k = from; k < Math.min(tokens.length, from + LABEL_WINDOW); k++) {
    labelSteps.count++;
    const length = labelAt(tokens, k, label);
    if (length) return { at: k, length };
  }
  return null;
}
