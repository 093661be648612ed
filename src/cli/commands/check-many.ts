/**
 * `check A.json B.json 'drafts/*.json' [--json|--csv]`: a county office reviewing its units'
 * drafts. One row per file (organ, year, errors, warnings, notes, the first error); a file that is
 * not a draft is its own row. Exit 2 when a file could not be read, else 1 when any has errors.
 */
import { EXIT, type CliIo } from '../io.ts';
import { renderSummary, type SummaryFormat } from '../summary-table.ts';
import { checkOne, type CheckedFile } from './check-one.ts';

const COLUMNS = ['file', 'organ', 'year', 'errors', 'warnings', 'notes', 'first problem'];

/**
 * Files per thread below which another thread does not pay. A worker costs about 300 ms of CPU
 * more than it checks (starting a V8 isolate, loading the CLI, compiling the hot code again) and
 * is ready only after the main thread has checked several dozen files: a short list, and a
 * single `check`, stay in-process and keep their start time.
 */
export const FILES_PER_THREAD = 100;

/** Threads for `files` files when `available` may run: one per FILES_PER_THREAD files. */
export const threadsFor = (files: number, available = 1): number => Math.max(1, Math.min(available, Math.floor(files / FILES_PER_THREAD)));

async function checkAll(io: CliIo, paths: readonly string[], format: SummaryFormat): Promise<CheckedFile[]> {
  const threads = threadsFor(paths.length, io.threads);
  const today = io.today();
  if (threads > 1) return (await import('./check-pool.ts')).checkInThreads(io, paths, format, today, threads);
  const checked: CheckedFile[] = [];
  for (const path of paths) checked.push(await checkOne(io, path, format, today));
  return checked;
}

export async function checkMany(io: CliIo, paths: readonly string[], format: SummaryFormat): Promise<number> {
  const checked = await checkAll(io, paths, format);
  io.out(
    renderSummary(
      COLUMNS,
      checked.map((c) => c.row),
      format,
    ),
  );
  return checked.reduce<number>((exit, c) => Math.max(exit, c.exit), EXIT.ok);
}
