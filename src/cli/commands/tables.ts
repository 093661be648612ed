/** `tables DRAFT.json`: the three tables as CSV on stdout. */
import { tablesToCsv } from '../../report/csv.ts';
import { EXIT, UsageError, type CliIo } from '../io.ts';
import { loadDraft } from '../load-draft.ts';

export async function runTables(argv: string[], io: CliIo): Promise<number> {
  const [path] = argv;
  if (!path) throw new UsageError('tables needs DRAFT.json');
  const draft = await loadDraft(io, path);
  if (!draft) return EXIT.usage;
  io.out(tablesToCsv(draft.report.tables).replace(/\r\n$/, ''));
  return EXIT.ok;
}
