/**
 * Text typed into table cells that is not a number (“1.5” in a count, “a”, “-1”), by cell id. The
 * form holds blank for those cells; the text stays here, in the cell, until it is fixed or the
 * cell's value is set from elsewhere (paste, 填0, another draft). Not saved with the draft.
 */
import { createStore, useStore, type Store } from './store.ts';

export type CellEntries = ReadonlyMap<string, string>;

export function createCellEntries(): Store<CellEntries> {
  return createStore<CellEntries>(new Map());
}

/** Records `text` for the cell, or forgets the cell when `text` is null; no change, no notice. */
export function setCellEntry(store: Store<CellEntries>, id: string, text: string | null): void {
  const entries = store.get();
  if (text === null ? !entries.has(id) : entries.get(id) === text) return;
  const next = new Map(entries);
  if (text === null) next.delete(id);
  else next.set(id, text);
  store.set(next);
}

/** The text kept for one cell; re-renders only that cell when it changes. */
export function useCellEntry(store: Store<CellEntries>, id: string): string | undefined {
  return useStore(store, (entries) => entries.get(id));
}
