/**
 * The cells' typed text that is not a number (“1.5” in a count) kept in the browser beside the
 * autosave, so a reload or a crash does not lose what the user typed: the draft file cannot hold
 * it (the schema allows numbers only), and the cell would come back blank with its reason gone.
 * Stored with the organ and year of the draft they were typed into, and restored only into that
 * draft's cells that are still blank; anything else is stale and dropped.
 */
import { getInput } from '../report/tables.ts';
import { parseCellId } from '../report/cells.ts';
import type { Report } from '../report/schema.ts';
import { read, write } from './autosave.ts';
import type { CellEntries } from './cell-entries.ts';
import type { Store } from './store.ts';

export const CELL_TEXT_KEY = 'nianbao.autosave.cellText';
/** Far above what a cell shows; a bound on what a hand-edited storage value can bring back. */
const MAX_TEXT = 200;

interface Stored {
  organ: string;
  year: number;
  cells: unknown;
}

const isStored = (value: unknown): value is Stored =>
  typeof value === 'object' && value !== null && 'organ' in value && 'year' in value && 'cells' in value;

export function restoredCellEntries(report: Report, text = read(CELL_TEXT_KEY)): CellEntries {
  const out = new Map<string, string>();
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? 'null');
  } catch {
    return out;
  }
  if (!isStored(stored) || stored.organ !== report.organ.name || stored.year !== report.year || !Array.isArray(stored.cells)) return out;
  for (const pair of stored.cells as unknown[]) {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') continue;
    const [id, typed] = pair as [string, string];
    const ref = parseCellId(id);
    if (ref && typed.length <= MAX_TEXT && typed.trim() && getInput(report.tables, ref) === null) out.set(id, typed);
  }
  return out;
}

/** Keeps the stored copy in step with the cells' text from now on. */
export function persistCellEntries(store: Store<CellEntries>, current: () => Report): () => void {
  return store.subscribe(() => {
    const report = current();
    write(CELL_TEXT_KEY, JSON.stringify({ organ: report.organ.name, year: report.year, cells: [...store.get()] }));
  });
}
