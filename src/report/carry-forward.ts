/**
 * Last year's report as the starting point (docs/format.md §4 relation 4): this year's 上年结转 is
 * last year's 结转下年度继续办理. Last year's figures and text are kept in `previous` so the
 * year-over-year checks still work after saving and reopening.
 */
import { OTHER_PARTS, OVERVIEW_AREAS, TABLE3 } from './definition/index.ts';
import { valueOf } from './compute.ts';
import { tableDef, type CellRef } from './cells.ts';
import { emptyTables, getInput, withInput } from './tables.ts';
import type { CellValue } from './model.ts';
import type { Narrative, Report } from './schema.ts';
import { cloneData } from './arrays.ts';
import { fitReport } from './limits.ts';

export function startNextYear(last: Report): Report {
  let tables = emptyTables();
  for (const column of TABLE3.columns) {
    if ('sumOf' in column) continue;
    const carried = getInput(last.tables, { table: 't3', row: 'carriedForward', column: column.id });
    tables = withInput(tables, { table: 't3', row: 'carriedOver', column: column.id }, carried);
  }
  // Within the limits whatever `last` was (a report read by the CLI, a form the UI built): the
  // new year's draft must be one that saves and reopens.
  return fitReport({
    organ: { ...last.organ },
    year: last.year + 1,
    opening: { ...last.opening },
    // The generated title and opening follow the new year; a hand-written opening is kept to edit.
    preamble: { title: null, opening: last.preamble.opening },
    narrative: cloneData(last.narrative),
    tables,
    signature: { organ: last.signature.organ || last.organ.name, date: '' },
    previous: { year: last.year, tables: cloneData(last.tables), narrative: cloneData(last.narrative) },
  }).report;
}

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
