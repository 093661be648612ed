import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDraft, type Report } from '../../report/index.ts';
import { createExporter } from './export-blob.ts';
import { fakeWorker as sharedFakeWorker } from '../../session/testing/fake-worker.ts';
import type { ExportReply, ExportRequest } from './export.worker.ts';

const parsed = parseDraft(readFileSync('src/report/fixtures/seeds/002-huancui-2024.draft.json', 'utf8'));
if (!parsed.ok) throw new Error('seed 002 does not parse');
const REPORT: Report = parsed.draft.report;
const DOCX: ExportRequest = { kind: 'docx', report: REPORT, options: { draftCopy: true } };

const fakeWorker = (answer: Parameters<typeof sharedFakeWorker<ExportRequest, ExportReply>>[0]) =>
  sharedFakeWorker<ExportRequest, ExportReply>(answer);

/** The start of a zip (a .docx is one). */
const isZip = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer()).slice(0, 2).join() === '80,75';

describe('exportBlob', () => {
  it('builds on this thread when there is no worker: the .docx, the web page, the .xlsx', async () => {
    const exportBlob = createExporter(() => null);
    expect(await isZip(await exportBlob(DOCX))).toBe(true);
    const page = await exportBlob({ kind: 'htmlPage', report: REPORT, options: {} });
    expect(page.type).toBe('text/html;charset=utf-8');
    expect(await page.text()).toContain(REPORT.organ.name);
    expect(await isZip(await exportBlob({ kind: 'xlsx', report: REPORT, options: {} }))).toBe(true);
  });

  it("gives the worker's file for each request, keeping one worker for them all", async () => {
    let n = 0;
    const { worker, log } = fakeWorker((post) => post({ ok: true, blob: new Blob([`file ${++n}`]) }));
    let started = 0;
    const exportBlob = createExporter(() => (started++, worker));
    const [a, b] = await Promise.all([exportBlob(DOCX), exportBlob({ ...DOCX, kind: 'htmlPage' })]);
    expect([await a.text(), await b.text()]).toEqual(['file 1', 'file 2']);
    expect(await (await exportBlob(DOCX)).text()).toBe('file 3');
    expect(log.posted.map((r) => r.kind)).toEqual(['docx', 'htmlPage', 'docx']);
    expect({ started, terminated: log.terminated }).toEqual({ started: 1, terminated: 0 });
  });

  it('sends the next request only once the worker has answered the one before', async () => {
    const replies: ((reply: ExportReply) => void)[] = [];
    const { worker, log } = fakeWorker((post) => replies.push(post));
    const exportBlob = createExporter(() => worker);
    const first = exportBlob(DOCX);
    const second = exportBlob({ ...DOCX, kind: 'xlsx' });
    expect(log.posted.map((r) => r.kind)).toEqual(['docx']);
    const one = new Blob(['1']);
    replies[0]?.({ ok: true, blob: one });
    await expect(first).resolves.toBe(one);
    expect(log.posted.map((r) => r.kind)).toEqual(['docx', 'xlsx']);
    const two = new Blob(['2']);
    replies[1]?.({ ok: true, blob: two });
    await expect(second).resolves.toBe(two);
  });

  it("throws the builder's own error, as it would on this thread, and keeps the worker", async () => {
    const { worker, log } = fakeWorker((post) => post({ ok: false, message: 'no room' }));
    const exportBlob = createExporter(() => worker);
    await expect(exportBlob(DOCX)).rejects.toThrow('no room');
    await expect(exportBlob(DOCX)).rejects.toThrow('no room');
    expect(log).toMatchObject({ terminated: 0 });
    expect(log.posted).toHaveLength(2);
  });

  it('builds on this thread when the worker cannot start, keeps the error from the page, and stops trying', async () => {
    const { worker, log } = fakeWorker((_, fail) => fail({ preventDefault: () => void log.prevented++ } as unknown as ErrorEvent));
    let started = 0;
    const exportBlob = createExporter(() => (started++, worker));
    expect(await isZip(await exportBlob(DOCX))).toBe(true);
    expect(await isZip(await exportBlob(DOCX))).toBe(true);
    expect(log).toMatchObject({ terminated: 1, prevented: 1 });
    expect(started).toBe(1);
    expect(log.posted).toHaveLength(1);
  });
});
