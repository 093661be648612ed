/**
 * One import, read in the import worker when the browser gives one (a large paste or a deeply
 * nested .docx then never blocks the page), else on this thread. A worker that cannot start (a
 * policy, an old browser) hands the input to this thread; an error of the importer itself is
 * thrown here, as it would be had it run here.
 */
import type { ImportInput, ImportResult } from '../../import/index.ts';
import type { Finding } from '../../report/index.ts';
import { loadImporter } from './importer.ts';
import type { ImportReply } from './import.worker.ts';
import { startImportWorker } from './import-worker.ts';
import { askOnce, startOrNull, type WorkerLike } from '../../session/worker-client.ts';

export interface ImportRead {
  result: ImportResult;
  /** The rules' findings of the imported report (marking ones only), when the worker computed them. */
  checks: Finding[] | null;
}

const tryWorker = (): WorkerLike | null => startOrNull(startImportWorker);

async function here(input: ImportInput): Promise<ImportRead> {
  return { result: await (await loadImporter()).importReport(input), checks: null };
}

export function readImport(input: ImportInput, start: () => WorkerLike | null = tryWorker): Promise<ImportRead> {
  // pdf.js runs its own "fake worker" and fetches its CMaps from the page's context; inside a
  // worker it fails to read any PDF, so a PDF is read here (pdf.js yields between pages).
  if (input.kind === 'pdf') return here(input);
  const worker = start();
  if (!worker) return here(input);
  return askOnce(
    worker,
    input,
    (reply: Extract<ImportReply, { ok: true }>) => ({ result: reply.result, checks: reply.checks }),
    () => here(input),
  );
}
