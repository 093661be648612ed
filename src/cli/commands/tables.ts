/** `tables DRAFT.json`: the three tables as CSV on stdout. */
import { parseArgs } from 'node:util';
import { tablesToCsv } from '../../report/csv.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { loadDraft } from '../load-draft.ts';

export async function runTables(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const [path, extra] = positionals;
  if (!path || extra !== undefined) throw new UsageError('tables needs one DRAFT.json');
  const draft = await loadDraft(io, path);
  io.out(tablesToCsv(draft.report.tables).replace(/\r\n$/, ''));
  return EXIT.ok;
}
