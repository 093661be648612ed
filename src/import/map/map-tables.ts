/**
 * The mapper: a section's grid → the definition's cells. One mapping for whatever reader made the
 * grid (tables-extract.ts: tolerant labels in the official order; legacy-2019.ts: the 2019 trial
 * layout as its own mapping), and a list of the rows and cells it could not place.
 */
import type { TableDef } from '../../report/index.ts';
import type { SectionGrid } from '../grid/types.ts';
import { extractTable, type ExtractOptions } from './tables-extract.ts';
import { tokensOf, type TableExtract, type Token } from './table-reading.ts';

/** A grid row the mapping left cells of: a header, a note, a page number, or a row it did not recognise. */
export interface UnplacedRow {
  readonly line: number;
  /** The row's printed cells the mapping did not place, in order. */
  readonly cells: readonly string[];
  /** None of the row's printed cells was placed. */
  readonly whole: boolean;
}

export interface TableMapping extends TableExtract {
  /** The first UNPLACED_MAX rows with cells left, in order. */
  readonly unplaced: readonly UnplacedRow[];
  /** Rows with cells left, all of them (a section of 100 000 stray lines lists only the first). */
  readonly unplacedRows: number;
}

/** Unplaced rows listed at most: the list is for a person (or a test) to read. */
export const UNPLACED_MAX = 200;

/** Tokens marked and swept while listing what was left, for the linearity tests. */
export const unplacedSteps = { count: 0 };

export function mapTable(table: TableDef, grid: SectionGrid, options: ExtractOptions = {}): TableMapping {
  const tokens = tokensOf(grid);
  const extract = extractTable(table, tokens, options);
  return { ...extract, ...leftOver(tokens, extract.placed) };
}

function leftOver(
  tokens: readonly Token[],
  placed: readonly (readonly [number, number])[],
): Pick<TableMapping, 'unplaced' | 'unplacedRows'> {
  const taken = new Uint8Array(tokens.length);
  for (const [from, to] of placed)
    for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) {
      unplacedSteps.count++;
      taken[k] = 1;
    }
  const unplaced: UnplacedRow[] = [];
  let unplacedRows = 0;
  let k = 0;
  while (k < tokens.length) {
    const line = tokens[k]?.line;
    const cells: string[] = [];
    let any = false;
    for (; k < tokens.length && tokens[k]?.line === line; k++) {
      unplacedSteps.count++;
      if (taken[k]) any = true;
      else cells.push(tokens[k]?.text ?? '');
    }
    if (cells.length === 0 || line === undefined) continue;
    unplacedRows++;
    if (unplaced.length < UNPLACED_MAX) unplaced.push({ line, cells, whole: !any });
  }
  return { unplaced, unplacedRows };
}
