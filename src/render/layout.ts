/**
 * Reference: GB/T 9704-2012 《党政机关公文格式》 as summarised in FORMAT.md §7. All lengths in
 * twips (1/20 pt); font sizes in half-points, as the `docx` library takes them.
 */
import type { TableId } from '../report/index.ts';

export const PAGE = { width: 11906, height: 16838 } as const;
/** 37 / 35 / 28 / 26 mm; the footer sits about 7 mm below the text block. */
export const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474, header: 851, footer: 1304 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8845 twips ≈ 156 mm
/** Narrow cell padding (1 mm) so that 小五 labels fit the number columns. */
export const CELL_MARGIN = { left: 57, right: 57, top: 0, bottom: 0 } as const;

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

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  table: '宋体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Every run names its East Asian font, or Word/WPS fall back to a Latin one (FORMAT.md §7). */
export function runFont(eastAsia: string) {
  return { ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, eastAsia };
}

/**
 * Grid column widths per table, summing to the text width (fixed layout: word processors mis-size
 * merged tables otherwise). The number of entries must equal printedGrid(table).columns (tested).
 */
export const COLUMN_WIDTHS: Record<TableId, readonly number[]> = {
  // 信息内容 + three number columns (one-column blocks span all three).
  t2: [2645, 2067, 2067, 2066],
  // Group label, sub-group label, row label; then 自然人, five 法人或其他组织 columns, 总计.
  t3: [567, 1020, 2638, 660, 660, 660, 660, 660, 660, 660],
  // Fifteen case counts.
  t4: [590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 585],
};

/** Table 二 has few columns and prints in 五号; the wide tables 三 and 四 need 小五. */
export const TABLE_SIZE: Record<TableId, number> = { t2: SIZE.tableNormal, t3: SIZE.tableSmall, t4: SIZE.tableSmall };

/** Minimum row heights (rows grow with wrapped labels): roomier than single lines, as printed forms are. */
export const ROW_HEIGHT: Record<TableId, number> = { t2: 454, t3: 312, t4: 397 };

/**
 * Tables 二 and 四 are short: keep each on one page with its heading. Table 三 nearly fills a page
 * on its own; it may break between rows, repeating its header, rather than leave half a page empty.
 */
export const KEEP_TOGETHER: Record<TableId, boolean> = { t2: true, t3: false, t4: true };
