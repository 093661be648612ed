/**
 * Lines of cells (what every reader produces) → one grid per section: the reader's side of the
 * import ends here. Headings are found by sections.ts; each section's lines become rows whose
 * blank cells stay in place as null.
 */
import type { SectionId } from '../../report/index.ts';
import { isNumberCell } from '../digits.ts';
import { findHeadings, sectionRanges, type FoundHeading } from '../sections.ts';
import type { SourceLine } from '../source.ts';
import type { GridCell, GridRow, SectionGrid } from './types.ts';

/** Cells visited while building grids, for the linearity tests. */
export const gridSteps = { count: 0 };

/** Shared by the rows without labels or without values (most lines of prose): one array less each. */
const NONE: readonly never[] = Object.freeze([]);

/** A line's cells as a grid row, or null for a line with no printed cell. */
export function gridRow(line: number, printed: readonly string[]): GridRow | null {
  // One printed cell as the reader trimmed it (most lines of a long section): the reader's array
  // serves as the row's cells and as its labels or values, as the general case below would give.
  const only = printed.length === 1 ? printed[0] : undefined;
  if (only !== undefined && only !== '' && only.trim() === only) {
    gridSteps.count++;
    const number = isNumberCell(only, true) || isNumberCell(only);
    return { line, cells: printed, labels: number ? NONE : printed, values: number ? printed : NONE };
  }
  const cells: GridCell[] = [];
  const labels: string[] = [];
  const values: (string | null)[] = [];
  // The reader's cells as they are: trimmed, none blank.
  let plain = true;
  for (const raw of printed) {
    gridSteps.count++;
    const text = raw.trim();
    if (!text || text !== raw) plain = false;
    // Blanks before the first printed cell are indentation or a merged label cell, not a column.
    if (!text && cells.length === 0) continue;
    cells.push(text || null);
    if (!text) values.push(null);
    else if (isNumberCell(text, true) || isNumberCell(text)) values.push(text);
    else labels.push(text);
  }
  if (cells.length === 0) return null;
  // The reader's own array when it is the same cells (a line without blanks, as lineOf trims):
  // most lines of a long section are one cell, and a grid of them is then one object a line.
  const whole = (list: readonly (string | null)[]) => plain && list.length === printed.length;
  return {
    line,
    cells: whole(cells) ? printed : cells,
    labels: whole(labels) ? printed : labels.length ? labels : NONE,
    values: whole(values) ? printed : values.length ? values : NONE,
  };
}

/** The grid of lines [start, end). */
export function gridOf(section: SectionId, lines: readonly SourceLine[], start: number, end: number): SectionGrid {
  const rows: GridRow[] = [];
  for (let i = start; i < end; i++) {
    const row = gridRow(i, lines[i]?.cells ?? []);
    if (row) rows.push(row);
  }
  return { section, rows };
}

export interface ReportGrids {
  readonly headings: readonly FoundHeading[];
  /** Line ranges [start, end) of each found section's content, heading excluded. */
  readonly ranges: ReadonlyMap<SectionId, { start: number; end: number }>;
  /** Built when first asked for: prose sections are read as text, not as grids. */
  grid(section: SectionId): SectionGrid | null;
}

/** A reader's lines → the report's sections, each a grid. */
export function readGrids(lines: readonly SourceLine[]): ReportGrids {
  const headings = findHeadings(lines);
  const ranges = sectionRanges(headings, lines.length);
  const built = new Map<SectionId, SectionGrid>();
  return {
    headings,
    ranges,
    grid(section) {
      const range = ranges.get(section);
      if (!range) return null;
      let grid = built.get(section);
      if (!grid) built.set(section, (grid = gridOf(section, lines, range.start, range.end)));
      return grid;
    },
  };
}
