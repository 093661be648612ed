/**
 * Shapes of the form description. The tables themselves live in table2.ts, table3.ts and table4.ts;
 * everything else (zod schema, totals, rules, grids, .docx, CSV, importer) reads those files.
 */

export type CellKind = 'count' | 'amount';

export interface ColumnDef {
  readonly id: string;
  /** Official leaf label, verbatim (used in print, CSV and import). */
  readonly label: string;
  readonly kind?: CellKind;
  /** Unit printed in the label; counts have none. */
  readonly unit?: string;
  /** A computed column: per row, the sum of these columns. */
  readonly sumOf?: readonly string[];
  /** Printed header group (id of a ColumnGroupDef). */
  readonly group?: string;
}

export interface RowDef {
  readonly id: string;
  /** Official leaf label, verbatim. */
  readonly label: string;
  /** A computed row: per column, the sum of these rows. */
  readonly sumOf?: readonly string[];
  /** Printed group label to the left (id of a RowGroupDef). */
  readonly group?: string;
  /** Table 二 only: the columns this row has (its block's columns). */
  readonly columns?: readonly string[];
  /** Table 二 only: the printed block (第二十条第（x）项) the row belongs to. */
  readonly block?: string;
}

export interface GroupDef {
  readonly id: string;
  readonly label: string;
  readonly parent?: string;
}

export interface BlockDef {
  readonly id: string;
  /** Caption row, e.g. 第二十条第（一）项. */
  readonly caption: string;
  readonly columns: readonly string[];
}

/** One printed identity, checked per column: sum(left) = sum(right). */
export interface IdentityDef {
  readonly id: string;
  readonly left: readonly string[];
  readonly right: readonly string[];
}

export type LayoutDef =
  | {
      /** Table 二: caption row, then 信息内容 + the block's columns, then the block's rows. */
      readonly kind: 'blocks';
      readonly rowHeaderLabel: string;
      readonly blocks: readonly BlockDef[];
    }
  | {
      /** Table 三: label columns on the left, number columns under a multi-level header. */
      readonly kind: 'matrix';
      readonly labelColumns: number;
      readonly cornerNote: string;
      readonly columnsCaption: string;
      readonly rowGroups: readonly GroupDef[];
      readonly columnGroups: readonly GroupDef[];
    }
  | {
      /** Table 四: each row is printed as a block of columns; one printed data row. */
      readonly kind: 'flattened';
      readonly rowGroups: readonly GroupDef[];
    };

export type TableId = 't2' | 't3' | 't4';

export interface TableDef {
  readonly id: TableId;
  /** The printed table number: 二, 三 or 四. */
  readonly number: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
  readonly identities: readonly IdentityDef[];
  readonly layout: LayoutDef;
}

/** The row ids of a table, as the literal union its `as const` definition spells. */
export type RowIdOf<T extends TableDef> = T['rows'][number]['id'];
export type ColumnIdOf<T extends TableDef> = T['columns'][number]['id'];
