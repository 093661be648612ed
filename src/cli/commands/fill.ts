/**
 * `fill DRAFT.json TABLES.csv -o OUT.json`: sets input cells from a CSV. Computed cells in the CSV
 * are compared, not stored. Any bad line: exit 2 with its line number, nothing written.
 */
import { parseArgs } from 'node:util';
import { defaultI18n, translate } from '../../i18n/index.ts';
import { findColumn, findRow, serializeDraft, tableDef, valueOf, withInput } from '../../report/index.ts';
import { parseTablesCsv, type CsvError } from '../../report/csv.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { loadDraft } from '../load-draft.ts';

export async function runFill(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { output: { type: 'string', short: 'o' } } });
  const [draftPath, csvPath] = positionals;
  if (!draftPath || !csvPath || !values.output) throw new UsageError('fill needs DRAFT.json TABLES.csv -o OUT.json');
  const draft = await loadDraft(io, draftPath);
  if (!draft) return EXIT.usage;
  const i18n = defaultI18n();
  const parsed = parseTablesCsv(await io.readText(csvPath));
  if (!parsed.ok) {
    for (const error of parsed.errors) io.err(`${csvPath}: ${renderCsvError(error)}`);
    return EXIT.usage;
  }
  let tables = draft.report.tables;
  for (const cell of parsed.inputs) tables = withInput(tables, cell.ref, cell.value);
  for (const cell of parsed.computed) {
    const table = tableDef(cell.ref.table);
    const computed = valueOf(tables, table, cell.ref);
    if (cell.value !== null && cell.value !== computed) {
      const name = `表${table.number} ${findRow(table, cell.ref.row)?.label}/${findColumn(table, cell.ref.column)?.label}`;
      io.err(i18n.t('drafts:csv.computedDiffers', { line: cell.line, cell: name, given: String(cell.value), computed: String(computed ?? '') }));
    }
  }
  await io.writeText(values.output, serializeDraft({ ...draft.report, tables }));
  io.out(values.output);
  return EXIT.ok;
}

export function renderCsvError(error: CsvError): string {
  const i18n = defaultI18n();
  const message = translate(i18n, `drafts:csv.${error.code}`, error.params);
  return i18n.t('drafts:csv.line', { line: error.line, message });
}
