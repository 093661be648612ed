/**
 * Reading a report's narrative fields by form path, and last year's values: what the rules need
 * from the year-over-year model, without the schema and limits behind starting a new year.
 */
import { OTHER_PARTS, OVERVIEW_AREAS } from './definition/index.ts';
import { valueOf } from './compute.ts';
import { tableDef, type CellRef } from './cells.ts';
import type { CellValue } from './model.ts';
import type { Narrative, Report } from './schema.ts';

/** Last year's value of a cell (computed cells too), or null when there is no last year. */
export function previousValue(report: Report, ref: CellRef): CellValue {
  if (!report.previous) return null;
  return valueOf(report.previous.tables, tableDef(ref.table), ref);
}

const PATH_PARTS = new Map<string, readonly string[]>();

/** Reads a narrative field by its form path, e.g. `narrative.overview.areas.proactive.text`. */
export function narrativeAt(narrative: Narrative, path: string): string | null {
  let parts = PATH_PARTS.get(path);
  if (!parts) {
    parts = path.replace(/^narrative\./, '').split('.');
    // Every rule reads every field on every run: split each known path once.
    if (PATH_PARTS.size < 64) PATH_PARTS.set(path, parts);
  }
  let node: unknown = narrative;
  for (const part of parts) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
}

/** True while a narrative field still holds exactly last year's (non-empty) text. */
export function isUnchangedFromLastYear(report: Report, path: string): boolean {
  if (!report.previous) return false;
  const before = narrativeAt(report.previous.narrative, path);
  const now = narrativeAt(report.narrative, path);
  return !!before?.trim() && before.trim() === now?.trim();
}

const TEXT_PATHS: readonly string[] = [
  'narrative.overview.intro',
  ...OVERVIEW_AREAS.map((a) => `narrative.overview.areas.${a.id}.text`),
  'narrative.problems.problems',
  'narrative.problems.improvements',
  ...OTHER_PARTS.map((p) => (p.id === 'fees' ? 'narrative.other.fees.text' : `narrative.other.${p.id}`)),
];

/** Every narrative text field's form path (for the UI and the 内容雷同 rule), from the definition. */
export function narrativeTextPaths(): string[] {
  // A fresh copy each time (callers may keep or change it); the list is built once.
  return [...TEXT_PATHS];
}
