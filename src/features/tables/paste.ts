/**
 * Pasting a block copied from Excel/WPS (tab- and newline-separated) into a table: values land on
 * the printed grid from the focused cell onwards. Computed cells in the block are skipped (they are
 * derived); any invalid value or a block that does not fit refuses the whole paste.
 */
import {
  MAX_PASTE_BYTES,
  cellKind,
  ellipsize,
  utf8Length,
  type CellRef,
  type CellValue,
  type NumberProblem,
  type PrintedGrid,
} from '../../report/index.ts';
import { cellInput } from './cell-input.ts';

/** Value cells of the grid by printed row, in printed order. */
export function valueMatrix(grid: PrintedGrid): { ref: CellRef; computed: boolean }[][] {
  return grid.rows
    .map((row) => row.cells.flatMap((c) => (c.kind === 'value' ? [{ ref: c.ref, computed: c.computed }] : [])))
    .filter((row) => row.length > 0);
}

export function isBlockPaste(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}

export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** How much of a refused value the message quotes. */
const QUOTED_CHARS = 40;

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

export type PasteResult =
  | { ok: true; values: { ref: CellRef; value: CellValue }[] }
  | { ok: false; reason: 'tooLarge'; size: number }
  | { ok: false; reason: 'outside' }
  | { ok: false; reason: 'invalid'; text: string; problem: NumberProblem };

export function planPaste(grid: PrintedGrid, start: CellRef, text: string): PasteResult {
  const size = pasteTooLarge(text);
  if (size !== null) return { ok: false, reason: 'tooLarge', size };
  const matrix = valueMatrix(grid);
  const r0 = matrix.findIndex((row) => row.some((c) => c.ref.row === start.row && c.ref.column === start.column));
  const c0 = matrix[r0]?.findIndex((c) => c.ref.row === start.row && c.ref.column === start.column) ?? -1;
  if (r0 < 0 || c0 < 0) return { ok: false, reason: 'outside' };
  const values: { ref: CellRef; value: CellValue }[] = [];
  const block = parseBlock(text);
  for (const [i, line] of block.entries()) {
    for (const [j, raw] of line.entries()) {
      const target = matrix[r0 + i]?.[c0 + j];
      if (!target) return { ok: false, reason: 'outside' };
      if (target.computed) continue;
      const input = cellInput(cellKind(grid.table, target.ref.column), raw.trim());
      if (input.kind !== 'value')
        return {
          ok: false,
          reason: 'invalid',
          text: ellipsize(raw, QUOTED_CHARS),
          problem: input.kind === 'refused' ? input.problem : 'notNumber',
        };
      values.push({ ref: target.ref, value: input.value });
    }
  }
  return { ok: true, values };
}
