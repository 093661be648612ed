import { describe, expect, it } from 'vitest';
import { importReport, type ImportInput } from '../../import/index.ts';
import type { ImportReply } from './import.worker.ts';
import { readImport } from './read-import.ts';
import { fakeWorker as sharedFakeWorker } from '../../session/testing/fake-worker.ts';

const INPUT: ImportInput = { kind: 'text', text: '这不是一份报告' };

const fakeWorker = (answer: Parameters<typeof sharedFakeWorker<ImportInput, ImportReply>>[0]) =>
  sharedFakeWorker<ImportInput, ImportReply>(answer);

describe('readImport', () => {
  it('reads on this thread when there is no worker', async () => {
    const read = await readImport(INPUT, () => null);
    expect(read).toEqual({ result: await importReport(INPUT), checks: null });
  });

  it("gives the worker's result and checks, and ends the worker", async () => {
    const result = await importReport(INPUT);
    const { worker, log } = fakeWorker((post) => post({ ok: true, result, checks: [] }));
    await expect(readImport(INPUT, () => worker)).resolves.toEqual({ result, checks: [] });
    expect(log.posted).toEqual([INPUT]);
    expect(log.terminated).toBe(1);
  });

  it("throws the importer's own error, as it would on this thread", async () => {
    const { worker, log } = fakeWorker((post) => post({ ok: false, message: 'broken reader' }));
    await expect(readImport(INPUT, () => worker)).rejects.toThrow('broken reader');
    expect(log.terminated).toBe(1);
  });

  it('reads on this thread when the worker cannot start, and keeps the error from the page', async () => {
    const { worker, log } = fakeWorker((_, fail) => fail({ preventDefault: () => void log.prevented++ } as unknown as ErrorEvent));
    await expect(readImport(INPUT, () => worker)).resolves.toEqual({ result: await importReport(INPUT), checks: null });
    expect(log).toMatchObject({ terminated: 1, prevented: 1 });
  });

  it('reads a PDF on this thread: pdf.js cannot read one inside the import worker', async () => {
    const pdf: ImportInput = { kind: 'pdf', bytes: new TextEncoder().encode('%PDF-1.4 not really') };
    let started = 0;
    const read = await readImport(pdf, () => {
      started++;
      return null;
    });
    expect(started).toBe(0);
    expect(read.checks).toBeNull();
    expect(read.result).toEqual(await importReport(pdf));
  });

  it('takes only the first answer', async () => {
    const result = await importReport(INPUT);
    const { worker, log } = fakeWorker((post, fail) => {
      post({ ok: true, result, checks: null });
      fail({ preventDefault: () => void log.prevented++ } as unknown as ErrorEvent);
      post({ ok: false, message: 'late' });
    });
    await expect(readImport(INPUT, () => worker)).resolves.toEqual({ result, checks: null });
    expect(log).toMatchObject({ terminated: 1, prevented: 0 });
  });
});
