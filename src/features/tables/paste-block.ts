/**
 * A pasted block as people copy it (Excel, WPS, a table in Word or a printed report): lines of
 * tab-separated cells, maybe with the row labels in the first cell(s), a header line, units on the
 * figures. Pure text work: what the cells mean for a table is decided in paste.ts.
 */
import { MAX_PASTE_BYTES, utf8Length } from '../../report/index.ts';
import { cellInput } from './cell-input.ts';

export function isBlockPaste(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}

export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}

/**
 * The size of a paste over the limit, or null. Checked before anything else: a 10 MB clipboard
 * must not be split, parsed or quoted in a message.
 */
export function pasteTooLarge(text: string): number | null {
  // UTF-8 takes at most 3 bytes per UTF-16 unit: short texts need no counting.
  if (text.length * 3 <= MAX_PASTE_BYTES) return null;
  const size = utf8Length(text);
  return size > MAX_PASTE_BYTES ? size : null;
}

const HAN = /[\u3400-\u9fff]/;

/** Text that names something (a row or column label), not a figure, however it is written. */
export function isLabelText(cell: string): boolean {
  return HAN.test(cell) && cellInput('amount', cell).kind === 'invalid' && cellInput('count', cell).kind === 'invalid';
}

export interface BlockLine {
  /** The label cells at the start of the line (non-empty), in order. */
  labels: string[];
  /** The cells after the labels: figures, blanks, or anything else that was there. */
  values: string[];
}

/**
 * Splits each line into its leading labels and the cells after them. A line of labels only (a
 * header line copied with the block) has no values. Blank cells right after the labels stay: they
 * may be the rest of a merged label cell or a blank figure, which only the row's width can tell.
 */
export function splitLines(block: readonly string[][]): BlockLine[] {
  return block.map((cells) => {
    let last = -1;
    for (const [i, cell] of cells.entries()) {
      if (cell === '') continue;
      if (!isLabelText(cell)) break;
      last = i;
    }
    return { labels: cells.slice(0, last + 1).filter((c) => c !== ''), values: cells.slice(last + 1) };
  });
}
