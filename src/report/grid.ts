/**
 * The printed grid of a table — the merged header cells, group labels and value cells of the
 * official form — derived from the definition. The wizard's tables, the .docx tables, the print
 * preview and the importer all read this one grid.
 */
import type { GroupDef, TableDef } from './definition/index.ts';
import { cellOf, findColumn, isComputed, rowColumns, type CellRef } from './cells.ts';

export type LabelRole = 'corner' | 'caption' | 'columnHeader' | 'rowHeader' | 'group';

export type GridCell =
  | { kind: 'label'; text: string; role: LabelRole; colSpan: number; rowSpan: number }
  | { kind: 'value'; ref: CellRef; computed: boolean; colSpan: number; rowSpan: number };

export interface GridRow {
  /** Header rows sit at the top and repeat on each printed page. */
  header: boolean;
  cells: GridCell[];
}

export interface PrintedGrid {
  table: TableDef;
  columns: number;
  /** How many leading grid columns hold row labels (the rest hold numbers). */
  labelColumns: number;
  rows: GridRow[];
}

const label = (text: string, role: LabelRole, colSpan = 1, rowSpan = 1): GridCell => ({
  kind: 'label',
  text,
  role,
  colSpan,
  rowSpan,
});

function value(table: TableDef, row: string, column: string, colSpan = 1): GridCell {
  return {
    kind: 'value',
    ref: cellOf(table, row, column),
    computed: isComputed(table, row, column),
    colSpan,
    rowSpan: 1,
  };
}

function groupChain(groups: readonly GroupDef[], id: string | undefined): GroupDef[] {
  const chain: GroupDef[] = [];
  for (let g = groups.find((x) => x.id === id); g; g = groups.find((x) => x.id === g?.parent)) chain.unshift(g);
  return chain;
}

export function printedGrid(table: TableDef): PrintedGrid {
  const layout = table.layout;
  switch (layout.kind) {
    case 'blocks':
      return blocksGrid(table, layout);
    case 'matrix':
      return matrixGrid(table, layout);
    case 'flattened':
      return flattenedGrid(table, layout);
  }
}

function blocksGrid(table: TableDef, layout: Extract<TableDef['layout'], { kind: 'blocks' }>): PrintedGrid {
  const valueColumns = Math.max(...layout.blocks.map((b) => b.columns.length));
  const spans = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      i === count - 1 ? valueColumns - Math.floor(valueColumns / count) * (count - 1) : Math.floor(valueColumns / count),
    );
  const rows: GridRow[] = [];
  for (const block of layout.blocks) {
    const span = spans(block.columns.length);
    rows.push({ header: false, cells: [label(block.caption, 'caption', valueColumns + 1)] });
    rows.push({
      header: false,
      cells: [
        label(layout.rowHeaderLabel, 'columnHeader'),
        ...block.columns.map((c, i) => label(findColumn(table, c)?.label ?? c, 'columnHeader', span[i])),
      ],
    });
    for (const row of table.rows.filter((r) => r.block === block.id)) {
      rows.push({
        header: false,
        cells: [label(row.label, 'rowHeader'), ...block.columns.map((c, i) => value(table, row.id, c, span[i]))],
      });
    }
  }
  return { table, columns: valueColumns + 1, labelColumns: 1, rows };
}

function matrixGrid(table: TableDef, layout: Extract<TableDef['layout'], { kind: 'matrix' }>): PrintedGrid {
  const hasGroups = table.columns.some((c) => c.group);
  const headerRows = 2 + (hasGroups ? 1 : 0);
  const top: GridCell[] = [
    label(layout.cornerNote, 'corner', layout.labelColumns, headerRows),
    label(layout.columnsCaption, 'columnHeader', table.columns.length),
  ];
  const middle: GridCell[] = [];
  const leaves: GridCell[] = [];
  table.columns.forEach((col, i) => {
    if (!col.group) {
      middle.push(label(col.label, 'columnHeader', 1, headerRows - 1));
      return;
    }
    if (table.columns[i - 1]?.group !== col.group) {
      const group = layout.columnGroups.find((g) => g.id === col.group);
      const width = table.columns.filter((c) => c.group === col.group).length;
      middle.push(label(group?.label ?? col.group, 'columnHeader', width));
    }
    leaves.push(label(col.label, 'columnHeader'));
  });
  const rows: GridRow[] = [top, middle, leaves].filter((r) => r.length > 0).map((cells) => ({ header: true, cells }));

  const seen = new Set<string>();
  for (const row of table.rows) {
    const chain = groupChain(layout.rowGroups, row.group);
    const cells: GridCell[] = [];
    for (const group of chain) {
      if (seen.has(group.id)) continue;
      seen.add(group.id);
      const span = table.rows.filter((r) => groupChain(layout.rowGroups, r.group).some((g) => g.id === group.id)).length;
      cells.push(label(group.label, 'group', 1, span));
    }
    cells.push(label(row.label, 'rowHeader', layout.labelColumns - chain.length));
    for (const col of table.columns) cells.push(value(table, row.id, col.id));
    rows.push({ header: false, cells });
  }
  return { table, columns: layout.labelColumns + table.columns.length, labelColumns: layout.labelColumns, rows };
}

function flattenedGrid(table: TableDef, layout: Extract<TableDef['layout'], { kind: 'flattened' }>): PrintedGrid {
  const top: GridCell[] = [];
  const middle: GridCell[] = [];
  const leaves: GridCell[] = [];
  const data: GridCell[] = [];
  table.rows.forEach((row, i) => {
    const width = rowColumns(table, row).length;
    if (!row.group) {
      top.push(label(row.label, 'columnHeader', width, 2));
    } else {
      if (table.rows[i - 1]?.group !== row.group) {
        const group = layout.rowGroups.find((g) => g.id === row.group);
        const groupWidth = table.rows.filter((r) => r.group === row.group).reduce((acc, r) => acc + rowColumns(table, r).length, 0);
        top.push(label(group?.label ?? row.group ?? '', 'columnHeader', groupWidth));
      }
      middle.push(label(row.label, 'columnHeader', width));
    }
    for (const col of rowColumns(table, row)) {
      leaves.push(label(col.label, 'columnHeader'));
      data.push(value(table, row.id, col.id));
    }
  });
  const columns = data.length;
  return {
    table,
    columns,
    labelColumns: 0,
    rows: [
      { header: true, cells: top },
      { header: true, cells: middle },
      { header: true, cells: leaves },
      { header: false, cells: data },
    ],
  };
}

/** Anything laid out with spans: the printed grid's cells, the export model's cells. */
export interface Spanned {
  colSpan: number;
  rowSpan: number;
}

export interface Slot<T> {
  cell: T;
  /** True in the cell's top-left slot; false in the slots it covers further down or right. */
  origin: boolean;
  /** True in the first column of a row that a vertically merged cell continues into. */
  continuation: boolean;
}

/**
 * Spans resolved: for every row, the cell occupying each grid column (a merged cell appears in
 * every slot it covers), for consumers that work by position. A hole means the layout is wrong.
 */
export function spanSlots<T extends Spanned>(rows: readonly { cells: readonly T[] }[], columns: number): Slot<T>[][] {
  const grid: (Slot<T> | undefined)[][] = rows.map(() => Array.from({ length: columns }, () => undefined));
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

export function occupancy(grid: PrintedGrid): Slot<GridCell>[][] {
  return spanSlots(grid.rows, grid.columns);
}
