/**
 * A PDF's text layer (positioned text items) → the importer's lines of cells. Items on one
 * baseline (within a tolerance) make a line, ordered by x; a gap wide against the font size is a
 * cell boundary (a table's column), a narrow one is the spacing within a line of prose. A row
 * printed with blank cells keeps them: its numbers are placed against the columns of a fuller row
 * of the same table nearby (see `keepBlankColumns`). Page headers, footers and page numbers are
 * dropped as in pdftotext output.
 */
import { lineOf, withoutFurniture, type Source, type SourceLine } from '../source.ts';
import { isNumberCell } from '../digits.ts';

export interface PdfItem {
  readonly text: string;
  /** Left end of the baseline, in points from the page's bottom left. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in points. */
  readonly size: number;
}

/** Items sorted and grouped, for the linearity tests. */
export const pdfSteps = { count: 0 };

/** A gap wider than this many font sizes separates cells. */
const CELL_GAP = 0.9;
/** Items whose baselines differ by less than this many font sizes share a line. */
const BASELINE_TOLERANCE = 0.35;

interface Cell {
  text: string;
  /** Left and right ends. */
  left: number;
  right: number;
}

function linesOfPage(items: readonly PdfItem[]): Cell[][] {
  const sorted = items.filter((i) => i.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  pdfSteps.count += sorted.length;
  const lines: PdfItem[][] = [];
  let current: PdfItem[] = [];
  // Compared with the item above in the sorted order: a table's numbers and its label can sit a
  // point apart (different fonts), while a label wrapped beside them is a line height away.
  let baseline = Number.NaN;
  for (const item of sorted) {
    if (current.length && baseline - item.y <= item.size * BASELINE_TOLERANCE) current.push(item);
    else {
      if (current.length) lines.push(current);
      current = [item];
    }
    baseline = item.y;
  }
  if (current.length) lines.push(current);
  return lines.map(cellsOfLine);
}

function cellsOfLine(items: PdfItem[]): Cell[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  let size = 0;
  for (const item of sorted) {
    const last = cells[cells.length - 1];
    const gap = last ? item.x - last.right : Infinity;
    if (last && gap <= Math.max(size, item.size) * CELL_GAP) {
      // Latin words and numbers set apart by a real space keep it; Chinese has no spaces.
      const space = gap > item.size * 0.2 && /[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(item.text) ? ' ' : '';
      last.text += space + item.text;
      last.right = Math.max(last.right, item.x + item.width);
    } else cells.push({ text: item.text, left: item.x, right: item.x + item.width });
    size = item.size;
  }
  return cells.map((c) => ({ ...c, text: c.text.trim() }));
}

const centre = (c: Cell) => (c.left + c.right) / 2;
/** How far up and down the page a fuller row of the same table is looked for. */
const NEIGHBOURS = 40;
/**
 * More numbers than any report table's row (table 四 prints 15): such a line is left as it is, so
 * placing numbers under columns stays linear in the items.
 */
const MAX_ROW_NUMBERS = 32;

/**
 * A row with fewer numbers than a nearby row of the same table: each of its numbers is put in the
 * column whose centre it sits under, and the columns it leaves empty become blank cells. A number
 * that sits under no column (another table's layout) leaves the row as it is.
 */
function keepBlankColumns(lines: Cell[][]): string[][] {
  const numbers = lines.map((cells) => cells.filter((c) => isNumberCell(c.text)));
  return lines.map((cells, i) => {
    const own = numbers[i] ?? [];
    const label = cells[0];
    const plain = cells.map((c) => c.text);
    if (!label || isNumberCell(label.text) || own.length === 0 || own.length >= MAX_ROW_NUMBERS) return plain;
    const blocked = [false, false];
    for (let d = 1; d <= NEIGHBOURS; d++) {
      for (const [side, j] of [
        [0, i - d],
        [1, i + d],
      ] as const) {
        if (blocked[side]) continue;
        // A header row (cells, no numbers) ends a table: the next one has its own columns.
        if ((numbers[j]?.length ?? 0) === 0 && (lines[j]?.length ?? 0) >= 2) blocked[side] = true;
        const columns = numbers[j];
        if (!columns || columns.length <= own.length || columns.length > MAX_ROW_NUMBERS) continue;
        pdfSteps.count += columns.length;
        const placed = placeUnder(own, columns, label);
        if (placed) {
          return [...cells.filter((c) => !isNumberCell(c.text)).map((c) => c.text), ...placed];
        }
      }
    }
    return plain;
  });
}

function placeUnder(own: readonly Cell[], columns: readonly Cell[], label: Cell): string[] | null {
  const first = columns[0];
  if (!first || first.left < label.right) return null;
  const centres = columns.map(centre);
  const spacing = Math.min(...centres.slice(1).map((c, k) => c - (centres[k] ?? 0)));
  const out: string[] = columns.map(() => '');
  const tolerance = spacing * 0.4;
  // Both run left to right: one forward scan of the columns places every number.
  let k = 0;
  for (const cell of own) {
    const x = centre(cell);
    while (k < centres.length && (centres[k] ?? 0) < x - tolerance) {
      pdfSteps.count++;
      k++;
    }
    if (k >= centres.length || Math.abs((centres[k] ?? 0) - x) >= tolerance) return null;
    out[k] = cell.text;
    k++;
  }
  return out;
}

export function pdfSource(pages: readonly (readonly PdfItem[])[]): Source {
  const pageLines = pages.map((items) => keepBlankColumns(linesOfPage(items)));
  const { kept, dropped } = withoutFurniture(pageLines, (cells) => cells.join(' '));
  const lines: SourceLine[] = kept.map((cells) => lineOf(cells));
  return { format: 'pdf', lines, droppedLines: dropped };
}
