/**
 * Which row of a table a pasted row label names, tolerating what copying does to labels: spaces,
 * full-width or half-width punctuation, one wrong character (the importer's label matching), or a
 * label cut short (“（二）部分公开” for the full official wording) when only one row starts so.
 */
import { labelsMatch, normalizeLabel } from '../../import/normalize.ts';
import type { TableDef } from '../../report/index.ts';

const SHORTEST_PREFIX = 4;

function rowOf(table: TableDef, label: string): string | null {
  const exact = table.rows.filter((r) => labelsMatch(label, r.label));
  if (exact.length === 1) return exact[0]?.id ?? null;
  const cut = normalizeLabel(label);
  if ([...cut].length < SHORTEST_PREFIX) return null;
  const starting = table.rows.filter((r) => normalizeLabel(r.label).startsWith(cut));
  return starting.length === 1 ? (starting[0]?.id ?? null) : null;
}

/** The row named by the line's labels, the last (innermost) label first: group labels come before it. */
export function findRowByLabel(table: TableDef, labels: readonly string[]): string | null {
  for (let i = labels.length - 1; i >= 0; i--) {
    const row = rowOf(table, labels[i] ?? '');
    if (row) return row;
  }
  return null;
}
