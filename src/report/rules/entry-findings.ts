/**
 * Text typed into a table cell that is not a number. The draft holds blank (null) for such a cell,
 * never a number read out of part of the text, so the text itself lives only in the wizard; these
 * findings make it count like an invalid stored value: an error at the cell, in its step and in the
 * review, and the final export waits until the cell is fixed.
 */
import { parseCellId, tableDef } from '../cells.ts';
import { sectionOfLocation } from './locations.ts';
import { invalidValueFinding } from './table-rules.ts';
import type { Finding } from './types.ts';

/** Findings for cells (by cell id) holding text that is not a number; unknown ids are ignored. */
export function entryFindings(entries: ReadonlyMap<string, string>): Finding[] {
  const findings: Finding[] = [];
  for (const [id, text] of entries) {
    const cell = parseCellId(id);
    if (!cell) continue;
    findings.push({ ...invalidValueFinding(tableDef(cell.table), cell, text), section: sectionOfLocation(id) });
  }
  return findings;
}
