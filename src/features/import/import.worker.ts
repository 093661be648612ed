/**
 * Reads a pasted or chosen report off the UI thread: a 1 MB paste or a .docx of deep nesting must
 * not freeze the page while the importer works through it. One request per worker; the dialog
 * starts a worker for each import and ends it with the reply.
 */
import { marking, runRules, type Finding } from '../../report/index.ts';
import { loadImporter } from './importer.ts';
import type { ImportInput, ImportResult } from '../../import/index.ts';

export type ImportReply = { ok: true; result: ImportResult; checks: Finding[] | null } | { ok: false; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportInput>) => void) | null; postMessage(reply: ImportReply): void };
scope.onmessage = (e) => {
  void (async () => {
    try {
      const result = await (await loadImporter()).importReport(e.data);
      // The summary's checks of what was found, computed here too: they read the whole report.
      scope.postMessage({ ok: true, result, checks: result.ok ? marking(runRules(result.report)) : null });
    } catch (error) {
      scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
