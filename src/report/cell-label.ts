/** The name of a table cell as a reader says it: its row labels (with groups) and column labels, from the definition. */
import { findColumn, findRow, type CellRef } from './cells.ts';
import type { TableDef } from './definition/index.ts';

function groupLabels(groups: readonly { id: string; label: string; parent?: string }[], id: string | undefined): string[] {
  const out: string[] = [];
  for (let g = groups.find((x) => x.id === id); g; g = groups.find((x) => x.id === g?.parent)) out.unshift(g.label);
  return out;
}

export function cellLabel(table: TableDef, ref: CellRef): string {
  const row = findRow(table, ref.row);
  const column = findColumn(table, ref.column);
  const layout = table.layout;
  const rowGroups = layout.kind === 'blocks' ? [] : groupLabels(layout.rowGroups, row?.group);
  const columnGroups = layout.kind === 'matrix' ? groupLabels(layout.columnGroups, column?.group) : [];
  return [...rowGroups, row?.label ?? ref.row, ...columnGroups, column?.label ?? ref.column].join(' ');
}
