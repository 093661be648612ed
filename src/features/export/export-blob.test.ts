import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraft, type Report } from '../../report/index.ts';
import { exportBlob, type WorkerLike } from './export-blob.ts';
import type { ExportReply, ExportRequest } from './export.worker.ts';

const parsed = parseDraft(readFileSync('src/report/fixtures/seeds/002-huancui-2024.draft.json', 'utf8'));
if (!parsed.ok) throw new Error('seed 002 does not parse');
const REPORT: Report = parsed.draft.report;
const DOCX: ExportRequest = { kind: 'docx', report: REPORT, options: { draftCopy: true } };

/** A worker that answers (or fails) when the request is posted, and records what happened to it. */
function fakeWorker(answer: (post: (reply: ExportReply) => void, fail: (event: ErrorEvent) => void) => void) {
  const listeners: Record<string, ((e: never) => void)[]> = {};
  const log = { posted: [] as ExportRequest[], terminated: 0, prevented: 0 };
  const worker: WorkerLike = {
    addEventListener: ((type: string, listener: (e: never) => void) =>
      (listeners[type] ??= []).push(listener)) as WorkerLike['addEventListener'],
    postMessage: ((message: ExportRequest) => {
      log.posted.push(message);
      answer(
        (reply) => listeners.message?.forEach((l) => l({ data: reply } as never)),
        (event) => listeners.error?.forEach((l) => l(event as never)),
      );
    }) as WorkerLike['postMessage'],
    terminate: () => void log.terminated++,
  };
  return { worker, log };
}

/** The start of a zip (a .docx is one). */
const isZip = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer()).slice(0, 2).join() === '80,75';

describe('exportBlob', () => {
  it('builds on this thread when there is no worker: the .docx, the web page, the .xlsx', async () => {
    expect(await isZip(await exportBlob(DOCX, () => null))).toBe(true);
    const page = await exportBlob({ kind: 'htmlPage', report: REPORT, options: {} }, () => null);
    expect(page.type).toBe('text/html;charset=utf-8');
    expect(await page.text()).toContain(REPORT.organ.name);
    expect(await isZip(await exportBlob({ kind: 'xlsx', report: REPORT, options: {} }, () => null))).toBe(true);
  });

  it("gives the worker's file for the request sent, and ends the worker", async () => {
    const blob = new Blob(['docx']);
    const { worker, log } = fakeWorker((post) => post({ ok: true, blob }));
    await expect(exportBlob(DOCX, () => worker)).resolves.toBe(blob);
    expect(log.posted).toEqual([DOCX]);
    expect(log.terminated).toBe(1);
  });

  it("throws the builder's own error, as it would on this thread", async () => {
    const { worker, log } = fakeWorker((post) => post({ ok: false, message: 'no room' }));
    await expect(exportBlob(DOCX, () => worker)).rejects.toThrow('no room');
    expect(log.terminated).toBe(1);
  });

  it('builds on this thread when the worker cannot start, and keeps the error from the page', async () => {
    const { worker, log } = fakeWorker((_, fail) => fail({ preventDefault: () => void log.prevented++ } as unknown as ErrorEvent));
    expect(await isZip(await exportBlob(DOCX, () => worker))).toBe(true);
    expect(log).toMatchObject({ terminated: 1, prevented: 1 });
  });
});
