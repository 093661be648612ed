/** Where each cell of a spanned table sits: the grid slots a merged cell covers, row by row. */
import type { ModelCell, ModelRow } from './model.ts';

export interface Slot {
  cell: ModelCell;
  /** True in the cell's top-left slot; false in the slots it covers further down or right. */
  origin: boolean;
  /** True in the first column of a row a vertically merged cell continues into. */
  continuation: boolean;
}

export function slots(rows: readonly ModelRow[], columns: number): Slot[][] {
  const grid: (Slot | undefined)[][] = rows.map(() => Array.from({ length: columns }, () => undefined));
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r]?.[c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          const line = grid[r + dr];
          if (line && c + dc < columns) line[c + dc] = { cell, origin: dr === 0 && dc === 0, continuation: dr > 0 && dc === 0 };
        }
      }
      c += cell.colSpan;
    }
  });
  return grid.map((line, r) =>
    line.map((slot, c) => {
      if (!slot) throw new Error(`table grid has a hole at row ${r}, column ${c}`);
      return slot;
    }),
  );
}
