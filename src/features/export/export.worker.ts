/**
 * Builds the .docx, the web page and the .xlsx off the UI thread: a report of many long paragraphs
 * takes the docx library (and the page's sanitizing) seconds, and exceljs alone takes a long
 * moment to load: neither may freeze the page. One request
 * per worker; the page ends it with the reply. The Blob goes back as it is (cloned by reference).
 */
import type { ModelOptions } from '../../render/model.ts';
import type { Report } from '../../report/index.ts';

export interface ExportRequest {
  kind: 'docx' | 'htmlPage' | 'xlsx';
  report: Report;
  options: ModelOptions;
}
export type ExportReply = { ok: true; blob: Blob } | { ok: false; message: string };

/** The file of a request, wherever it runs (here, or on the page when there is no worker). */
export async function buildExport({ kind, report, options }: ExportRequest): Promise<Blob> {
  if (kind === 'docx') {
    // Dynamic import: Vite puts docx and the builder in their own chunk, fetched on first export.
    const { reportDocxBlob } = await import('../../export-docx/pack.ts');
    return reportDocxBlob(report, options);
  }
  if (kind === 'xlsx') return (await import('../../export-xlsx/index.ts')).reportXlsxBlob(report);
  const { reportHtmlPage } = await import('../../export-html/index.ts');
  return new Blob([reportHtmlPage(report, options)], { type: 'text/html;charset=utf-8' });
}

// Only in a worker: imported by the page (for buildExport), this file must not take its onmessage.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<ExportRequest>) => void) | null; postMessage(reply: ExportReply): void };
  scope.onmessage = (e) => {
    buildExport(e.data).then(
      (blob) => scope.postMessage({ ok: true, blob }),
      (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
