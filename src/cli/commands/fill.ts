/**
 * `fill DRAFT.json TABLES.csv -o OUT.json`: sets input cells from a CSV (a .xlsx: fill-xlsx.ts). Computed cells in the CSV
 * are compared, not stored. Any bad line: exit 2 with its line number, nothing written.
 */
import { parseArgs } from 'node:util';
import { defaultI18n, translate } from '../../i18n/index.ts';
import { findColumn, findRow, tableDef, valueOf, withInput } from '../../report/index.ts';
import { parseTablesCsv, type CsvError } from '../../report/csv.ts';
import { readTextFile } from '../files.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { loadDraft, writeDraft } from '../load-draft.ts';
import { fillFromXlsx } from './fill-xlsx.ts';
import { line, pathOf, shownParams } from '../terminal.ts';

/** A CSV with every line wrong would bury the terminal; the first ones show what to fix. */
const MAX_CSV_ERRORS = 20;

export async function runFill(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
  const [draftPath, csvPath, extra] = positionals;
  if (!draftPath || !csvPath || extra !== undefined || !values.output) throw new UsageError('fill needs DRAFT.json TABLES.csv -o OUT.json');
  const draft = await loadDraft(io, draftPath);
  if (/\.xlsx$/i.test(csvPath)) return fillFromXlsx(io, draft.report, csvPath, values.output);
  const i18n = defaultI18n();
  const parsed = parseTablesCsv(await readTextFile(io, csvPath, 'csv'));
  if (!parsed.ok) {
    for (const error of parsed.errors.slice(0, MAX_CSV_ERRORS)) io.err(line(`${pathOf(csvPath)}: ${renderCsvError(error)}`));
    const more = parsed.errors.length - MAX_CSV_ERRORS;
    if (more > 0) io.err(`${pathOf(csvPath)}: ${i18n.t('drafts:csv.more', { count: more })}`);
    return EXIT.usage;
  }
  let tables = draft.report.tables;
  for (const cell of parsed.inputs) tables = withInput(tables, cell.ref, cell.value);
  for (const cell of parsed.computed) {
    const table = tableDef(cell.ref.table);
    const computed = valueOf(tables, table, cell.ref);
    if (cell.value !== null && cell.value !== computed) {
      const name = `表${table.number} ${findRow(table, cell.ref.row)?.label}/${findColumn(table, cell.ref.column)?.label}`;
      io.err(
        i18n.t('drafts:csv.computedDiffers', { line: cell.line, cell: name, given: String(cell.value), computed: String(computed ?? '') }),
      );
    }
  }
  await writeDraft(io, values.output, { ...draft.report, tables });
  io.out(pathOf(values.output));
  return EXIT.ok;
}

export function renderCsvError(error: CsvError): string {
  const i18n = defaultI18n();
  // Values are quoted from the file: made visible and cut (a 50 MB cell is not echoed).
  const message = translate(i18n, `drafts:csv.${error.code}`, shownParams(error.params));
  return i18n.t('drafts:csv.line', { line: error.line, message });
}
