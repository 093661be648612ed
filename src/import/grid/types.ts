/**
 * The importer's intermediate form between the readers and the mapper: per section of the report,
 * a grid of rows, each with its cells in printed order. Every reader (web text, pdftotext layout,
 * Markdown, HTML, .docx, PDF) ends in this shape, so the mapper (src/import/map/) never knows
 * which format a table came from, and a new format is a new reader only.
 */
import type { SectionId } from '../../report/index.ts';

/**
 * One printed cell: its text, or null for a cell printed blank. A blank keeps its column by
 * construction: it is a cell of the row like any other.
 */
export type GridCell = string | null;

export interface GridRow {
  /** The source line the row was read from (an index into Source.lines), for reports. */
  readonly line: number;
  /**
   * The row's cells in printed order, text trimmed; blank cells inside or at the end of the row are
   * null. Blanks before the first printed cell (indentation, a merged label cell spanning down) are
   * not part of the row.
   */
  readonly cells: readonly GridCell[];
  /** The cells that are not numbers: the row's label (or the pieces of a wrapped one), in order. */
  readonly labels: readonly string[];
  /** The cells after the row's first label that are numbers or blank, in order (null = blank). */
  readonly values: readonly (string | null)[];
}

export interface SectionGrid {
  readonly section: SectionId;
  /** Rows of the section's content (its heading excluded), in order; lines without a cell are left out. */
  readonly rows: readonly GridRow[];
}
