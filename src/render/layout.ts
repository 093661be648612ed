/**
 * Reference: GB/T 9704-2012 《党政机关公文格式》 as summarised in docs/format.md §7. All lengths in
 * twips (1/20 pt); font sizes in half-points, as the `docx` library takes them.
 */
import type { LayoutDef } from '../report/index.ts';

export type LayoutKind = LayoutDef['kind'];

export const PAGE = { width: 11906, height: 16838 } as const;
/** 37 / 35 / 28 / 26 mm; the footer sits about 7 mm below the text block. */
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1304 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8845 twips ≈ 156 mm
/** Narrow cell padding (1 mm) so that 小五 labels fit the number columns. */
export const CELL_MARGIN = { left: 57, right: 57, top: 0, bottom: 0 } as const;
/** Numbers are centred: half a millimetre of padding leaves them the most room (render/fit.ts). */
export const NUMBER_CELL_MARGIN = { left: 28, right: 28, top: 0, bottom: 0 } as const;

/** 28.95 pt: 22 lines in the 225 mm text block (29 pt gives only 21). */
export const LINE_PITCH = 579;
/** Two characters of 3号 (16 pt). */
export const FIRST_LINE_INDENT = 640;
/** −0.25 pt per character: 28 characters of 3号 per line. */
export const BODY_CHARACTER_SPACING = -5;

export const SIZE = {
  /** 2号 */
  title: 44,
  /** 3号 */
  body: 32,
  /** 4号 */
  pageNumber: 28,
  /** 五号 */
  tableNormal: 21,
  /** 小五 */
  tableSmall: 18,
} as const;

/**
 * How each kind of table layout prints. Keyed by the definition's layout kind, not by table: a new
 * table of an existing kind prints without touching this file.
 */
export interface TablePrint {
  /** Font size (half-points): 五号 for few columns, 小五 for the wide tables. */
  size: number;
  /** Minimum row height (rows grow with wrapped labels): roomier than single lines, as printed forms are. */
  rowHeight: number;
  /**
   * Short tables stay on one page with their heading; a table that nearly fills a page on its own
   * may break between rows, repeating its header, rather than leave half a page empty.
   */
  keepTogether: boolean;
  /** Long row labels read better flush left, as in the official form. */
  rowHeaderAlign: 'left' | 'center';
  /** Fixed widths of the leading label columns; the last label column takes what the numbers leave. */
  labelWidths: readonly number[];
  /** Width of each number column; null shares the rest of the text width equally. */
  numberWidth: number | null;
}

export const TABLE_PRINT: Readonly<Record<LayoutKind, TablePrint>> = {
  // 信息内容 + three number columns (one-column blocks span all three).
  blocks: { size: SIZE.tableNormal, rowHeight: 454, keepTogether: true, rowHeaderAlign: 'center', labelWidths: [2645], numberWidth: null },
  // Group label, sub-group label, row label; then 自然人, five 法人或其他组织 columns, 总计.
  matrix: {
    size: SIZE.tableSmall,
    rowHeight: 312,
    keepTogether: false,
    rowHeaderAlign: 'left',
    labelWidths: [567, 1020],
    // Six digits of 小五 at 0.57 em (6 × 103 twips, fit.ts) and the number padding (56); a city's
    // seven-digit 1234567 shrinks to 8 pt in its cell (fit.ts) rather than wrap. Wider columns made
    // the row labels wrap so much that table 三 ran onto a third page in every seed.
    numberWidth: 700,
  },
  // Fifteen case counts side by side.
  flattened: { size: SIZE.tableSmall, rowHeight: 397, keepTogether: true, rowHeaderAlign: 'center', labelWidths: [], numberWidth: null },
};

/** `total` shared by `count` columns in whole twips, the odd twips taken off the last one. */
function share(total: number, count: number): number[] {
  if (count <= 0) return [];
  const each = Math.ceil(total / count);
  return [...Array.from({ length: count - 1 }, () => each), total - each * (count - 1)];
}

/**
 * Grid column widths summing to the text width (fixed layout: word processors mis-size merged
 * tables otherwise), for a table of `columns` grid columns of which `labelColumns` hold labels.
 */
export function columnWidths(kind: LayoutKind, columns: number, labelColumns: number): number[] {
  const print = TABLE_PRINT[kind];
  const fixed = print.labelWidths.slice(0, labelColumns);
  const numbers = columns - labelColumns;
  const fixedTotal = fixed.reduce((a, b) => a + b, 0);
  if (print.numberWidth === null) {
    const restLabel = labelColumns - fixed.length;
    return [...fixed, ...share(TEXT_WIDTH - fixedTotal, restLabel + numbers)];
  }
  const numberTotal = print.numberWidth * numbers;
  const lastLabel = labelColumns > fixed.length ? [TEXT_WIDTH - fixedTotal - numberTotal] : [];
  return [...fixed, ...lastLabel, ...Array.from({ length: numbers }, () => print.numberWidth as number)];
}
