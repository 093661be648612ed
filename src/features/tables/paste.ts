/**
 * Pasting a block into a table. A block whose lines carry row labels is placed row by row by its
 * labels, wherever it was pasted (a whole printed table copied with its labels lands on the right
 * rows); a block of bare figures fills the printed grid from the focused cell onwards. The valid
 * cells are pasted and the others listed; figures for computed cells (总计) are compared with what
 * the pasted cells add up to, never stored.
 */
import {
  cellKind,
  ellipsize,
  findColumn,
  findRow,
  valueOf,
  withInput,
  type CellRef,
  type CellValue,
  type NumberProblem,
  type PrintedGrid,
  type TableDef,
  type Tables,
} from '../../report/index.ts';
import { cellInput } from './cell-input.ts';
import { parseBlock, pasteTooLarge, splitLines, type BlockLine } from './paste-block.ts';
import { findRowByLabel } from './row-labels.ts';

export { isBlockPaste, pasteTooLarge } from './paste-block.ts';

type Target = { ref: CellRef; computed: boolean };

/** Value cells of the grid by printed row, in printed order. */
export function valueMatrix(grid: PrintedGrid): Target[][] {
  return grid.rows
    .map((row) => row.cells.flatMap((c) => (c.kind === 'value' ? [{ ref: c.ref, computed: c.computed }] : [])))
    .filter((row) => row.length > 0);
}

/** How much of a value a message quotes. */
const QUOTED_CHARS = 40;

export type PasteIssue =
  | { kind: 'invalid'; row: string; column: string; text: string; problem: NumberProblem }
  | { kind: 'mismatch'; row: string; column: string; text: string; computed: string }
  | { kind: 'unknownRow'; label: string }
  | { kind: 'outside'; count: number };

export interface PastePlan {
  ok: true;
  /** Input cells and the values they take; applied as one change (applyPaste). */
  writes: { ref: CellRef; value: CellValue }[];
  issues: PasteIssue[];
  /** The block was placed by its row labels rather than from the focused cell. */
  byLabel: boolean;
}

export type PasteResult = PastePlan | { ok: false; reason: 'tooLarge'; size: number } | { ok: false; reason: 'outside' };

/** Pairs of (cell, text) the block puts where, and what fell outside or matched no row. */
interface Placement {
  pairs: { target: Target; raw: string }[];
  issues: PasteIssue[];
}

function placeByLabel(table: TableDef, matrix: Target[][], lines: BlockLine[]): Placement {
  const placement: Placement = { pairs: [], issues: [] };
  let outside = 0;
  for (const { labels, values } of lines) {
    const filled = values.some((v) => v !== '');
    // A header line copied with the block: labels only.
    if (!filled) continue;
    const row = labels.length ? findRowByLabel(table, labels) : null;
    if (!row) {
      placement.issues.push({ kind: 'unknownRow', label: ellipsize([...labels, ...values].join(' '), QUOTED_CHARS) });
      continue;
    }
    const cells = matrix.flat().filter((t) => t.ref.row === row);
    const rest = [...values];
    // Blanks after the label belong to a merged label cell when the row is too long without them.
    while (rest.length > cells.length && rest[0] === '') rest.shift();
    rest.forEach((raw, j) => {
      const target = cells[j];
      if (target) placement.pairs.push({ target, raw });
      else if (raw !== '') outside++;
    });
  }
  if (outside) placement.issues.push({ kind: 'outside', count: outside });
  return placement;
}

function placeFrom(matrix: Target[][], r0: number, c0: number, lines: BlockLine[]): Placement {
  const placement: Placement = { pairs: [], issues: [] };
  let outside = 0;
  // Header lines (labels only) copied with the block do not take a row.
  const data = lines.filter((l) => l.labels.length === 0);
  data.forEach(({ values }, i) =>
    values.forEach((raw, j) => {
      const target = matrix[r0 + i]?.[c0 + j];
      if (target) placement.pairs.push({ target, raw });
      else if (raw !== '') outside++;
    }),
  );
  if (outside) placement.issues.push({ kind: 'outside', count: outside });
  return placement;
}

const names = (table: TableDef, ref: CellRef) => ({
  row: findRow(table, ref.row)?.label ?? ref.row,
  column: findColumn(table, ref.column)?.label ?? ref.column,
});

export function planPaste(grid: PrintedGrid, start: CellRef, text: string, tables: Tables): PasteResult {
  const size = pasteTooLarge(text);
  if (size !== null) return { ok: false, reason: 'tooLarge', size };
  const table = grid.table;
  const matrix = valueMatrix(grid);
  const lines = splitLines(parseBlock(text));
  const byLabel = lines.some((l) => l.labels.length > 0 && l.values.some((v) => v !== ''));
  const same = (t: Target) => t.ref.row === start.row && t.ref.column === start.column;
  const r0 = matrix.findIndex((row) => row.some(same));
  const c0 = matrix[r0]?.findIndex(same) ?? -1;
  if (!byLabel && (r0 < 0 || c0 < 0)) return { ok: false, reason: 'outside' };
  const placement = byLabel ? placeByLabel(table, matrix, lines) : placeFrom(matrix, r0, c0, lines);
  const issues = [...placement.issues];
  const writes: PastePlan['writes'] = [];
  const compared: { ref: CellRef; value: CellValue; raw: string }[] = [];
  for (const { target, raw } of placement.pairs) {
    const input = cellInput(cellKind(table, target.ref.column), raw);
    if (input.kind !== 'value') {
      const problem = input.kind === 'invalid' ? input.problem : 'notNumber';
      issues.push({ kind: 'invalid', ...names(table, target.ref), text: ellipsize(raw, QUOTED_CHARS), problem });
    } else if (target.computed) {
      if (input.value !== null) compared.push({ ref: target.ref, value: input.value, raw });
    } else writes.push({ ref: target.ref, value: input.value });
  }
  let next = tables;
  for (const { ref, value } of writes) next = withInput(next, ref, value);
  for (const { ref, value, raw } of compared) {
    const computed = valueOf(next, table, ref);
    if (String(computed) !== String(value))
      issues.push({
        kind: 'mismatch',
        ...names(table, ref),
        text: ellipsize(raw, QUOTED_CHARS),
        computed: computed === null ? '' : String(computed),
      });
  }
  return { ok: true, writes, issues, byLabel };
}
