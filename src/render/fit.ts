/**
 * Table cells fitted to their columns, as a typist would: a number never wraps (a digit string
 * broken over two lines reads as two numbers), and a column header too long for its column breaks
 * between words (“商业/企业”, never “商业企/业”). Widths are estimated from the font size: a CJK
 * character is one em, a digit (Times New Roman) half an em; sizes in half-points, widths in twips.
 */
import { CELL_MARGIN, NUMBER_CELL_MARGIN } from './layout.ts';
import { spanSlots, type Spanned } from '../report/index.ts';

/**
 * A digit's width in ems, with room to spare: 0.5 in Times New Roman; 0.543 in Noto Serif CJK, the
 * substitute LibreOffice draws with where Times is missing (measured from the PDF, pdftotext -bbox).
 */
const DIGIT_EM = 0.57;

/** The smallest size a number shrinks to: 六号 (7.5 pt) and a little below, still legible in print. */
const MIN_NUMBER_SIZE = 13;

interface FitCell extends Spanned {
  text: string;
  role: string;
  size?: number;
  lines?: string[];
}

/** Twips of text a cell of `width` holds, inside its padding. */
const inner = (width: number) => width - CELL_MARGIN.left - CELL_MARGIN.right;
const innerNumber = (width: number) => width - NUMBER_CELL_MARGIN.left - NUMBER_CELL_MARGIN.right;

/** The size (half-points) at which `text` of digits fits on one line of `width`: `size` when it already does. */
export function numberSize(text: string, width: number, size: number): number {
  // An em is `size` × 10 twips (half-points → twips); the decimal point counts as a digit.
  const perSize = text.length * DIGIT_EM * 10;
  if (perSize * size <= innerNumber(width)) return size;
  return Math.max(MIN_NUMBER_SIZE, Math.floor(innerNumber(width) / perSize));
}

/**
 * A header label in lines of at most `perLine` characters, broken only between two-character
 * words (the form's column headers are words of two characters: 商业企业, 社会公益组织, 结果维持). A
 * label that fits, or that is not made of such words, stays one line.
 */
export function headerLines(text: string, perLine: number): string[] {
  const chars = [...text];
  if (chars.length <= perLine || chars.length % 2 !== 0 || perLine < 2 || !/^[\u4E00-\u9FFF]+$/.test(text)) return [text];
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < chars.length; i += 2) {
    const word = chars.slice(i, i + 2).join('');
    if ([...line].length + 2 > perLine && line) {
      lines.push(line);
      line = '';
    }
    line += word;
  }
  return [...lines, line];
}

/** The rows with each value sized to fit its width on one line and each column header broken at words. */
export function fitCells<T extends FitCell>(rows: readonly { cells: T[] }[], widths: readonly number[], size: number): T[][] {
  const slots = spanSlots(rows, widths.length);
  return rows.map((row, r) => {
    const starts = new Map<T, number>();
    (slots[r] ?? []).forEach((slot, c) => {
      if (slot.origin && !starts.has(slot.cell)) starts.set(slot.cell, c);
    });
    return row.cells.map((cell) => {
      const from = starts.get(cell) ?? 0;
      const width = widths.slice(from, from + cell.colSpan).reduce((a, b) => a + b, 0);
      if (cell.role === 'value') {
        const fitted = numberSize(cell.text, width, size);
        return fitted === size ? cell : { ...cell, size: fitted };
      }
      if (cell.role !== 'columnHeader') return cell;
      const lines = headerLines(cell.text, Math.floor(inner(width) / (size * 10)));
      return lines.length > 1 ? { ...cell, lines } : cell;
    });
  });
}
