/**
 * Last year's report as the starting point (docs/format.md §4 relation 4): this year's 上年结转 is
 * last year's 结转下年度继续办理. Last year's figures and text are kept in `previous` so the
 * year-over-year checks still work after saving and reopening.
 */
import { TABLE3 } from './definition/index.ts';
import { emptyTables, getInput, withInput } from './tables.ts';
import type { Report } from './schema.ts';
import { cloneData } from './arrays.ts';
import { fitReport } from './limits.ts';

// Split out so the rules (and the rules worker) read narrative fields without pulling in the
// schema and limits that starting a new year needs.
export { previousValue, narrativeAt, isUnchangedFromLastYear, narrativeTextPaths } from './narrative-paths.ts';

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
    // The same office PCs next year: the fonts they lack are still lacking.
    ...(last.fontScheme ? { fontScheme: last.fontScheme } : {}),
    narrative: cloneData(last.narrative),
    tables,
    signature: { organ: last.signature.organ || last.organ.name, date: '' },
    previous: { year: last.year, tables: cloneData(last.tables), narrative: cloneData(last.narrative) },
  }).report;
}
