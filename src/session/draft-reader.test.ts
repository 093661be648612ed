import { describe, expect, it } from 'vitest';
import { parseDraft } from '../report/draft/parse.ts';
import { MAX_DRAFT_BYTES } from '../report/file-size.ts';
import { seedDraft } from '../report/fixtures/seeds.ts';
import { serializeDraft } from '../report/draft/envelope.ts';
import { readDraft, type DraftReply } from './draft-read.ts';
import { readDraftFile, readStoredText } from './draft-reader.ts';
import { fakeWorker } from './testing/fake-worker.ts';

const good = serializeDraft(seedDraft('003').report, new Date('2025-03-01T00:00:00Z'));
const file = (text: string) => new File([text], 'draft.json', { type: 'application/json' });
const preventable = (log: { prevented: number }) => ({ preventDefault: () => void log.prevented++ }) as unknown as ErrorEvent;

describe('readDraft (the worker’s part)', () => {
  it('answers what parseDraft answers for the file’s text and size', async () => {
    await expect(readDraft(file(good))).resolves.toEqual({ ok: true, result: parseDraft(good) });
    const cut = good.slice(0, 200);
    const reply = await readDraft(file(cut));
    expect(reply).toEqual({ ok: true, result: parseDraft(cut) });
    expect(reply.ok && !reply.result.ok && reply.result.error.code).toBe('truncated');
  });

  it('measures the file in bytes, as the size limit is stated', async () => {
    // Under the limit in characters, over it in UTF-8 bytes (three per character).
    const text = '字'.repeat(Math.ceil(MAX_DRAFT_BYTES / 3) + 1);
    const reply = await readDraft(file(text));
    expect(reply.ok && !reply.result.ok && reply.result.error).toEqual({ code: 'tooLarge', params: { size: text.length * 3 } });
  });

  it('does not hold a stored draft’s text to the file size limit, as opening it here never did', async () => {
    const text = '字'.repeat(Math.ceil(MAX_DRAFT_BYTES / 3) + 1);
    await expect(readDraft(text)).resolves.toEqual({ ok: true, result: parseDraft(text) });
    await expect(readDraft(good)).resolves.toEqual({ ok: true, result: parseDraft(good) });
  });

  it('says why a file cannot be read instead of throwing', async () => {
    const unreadable = { size: 3, text: () => Promise.reject(new Error('file gone')) } as unknown as Blob;
    await expect(readDraft(unreadable)).resolves.toEqual({ ok: false, message: 'file gone' });
  });
});

describe('readDraftFile', () => {
  it('parses a file under WORKER_FROM_BYTES on this thread, a larger one in the worker', async () => {
    const { worker, log } = fakeWorker<File, DraftReply>((post) => post({ ok: true, result: parseDraft('') }));
    await expect(readDraftFile(file(good), () => worker, good.length * 4)).resolves.toEqual(parseDraft(good));
    expect(log.posted).toEqual([]);
    await expect(readDraftFile(file(good), () => worker, 10)).resolves.toEqual(parseDraft(''));
    expect(log.posted).toHaveLength(1);
  });

  it('parses on this thread when there is no worker', async () => {
    await expect(readDraftFile(file(good), () => null)).resolves.toEqual(parseDraft(good));
  });

  it('gives the worker’s answer, posts it the file and ends it', async () => {
    const answer = parseDraft(good);
    const { worker, log } = fakeWorker<File, DraftReply>((post) => post({ ok: true, result: answer }));
    const chosen = file(good);
    await expect(readDraftFile(chosen, () => worker, 0)).resolves.toBe(answer);
    expect(log.posted).toEqual([chosen]);
    expect(log.terminated).toBe(1);
  });

  it('rejects when the worker could not read the file, as reading it here would', async () => {
    const { worker, log } = fakeWorker<File, DraftReply>((post) => post({ ok: false, message: 'file gone' }));
    await expect(readDraftFile(file(good), () => worker, 0)).rejects.toThrow('file gone');
    expect(log.terminated).toBe(1);
  });

  it('parses on this thread when the worker fails, keeping the error from the page', async () => {
    const { worker, log } = fakeWorker<File, DraftReply>((_, fail) => fail(preventable(log)));
    const result = await readDraftFile(file('{"format":'), () => worker, 0);
    expect(result).toEqual(parseDraft('{"format":'));
    expect(log).toMatchObject({ terminated: 1, prevented: 1 });
  });
});

describe('readStoredText (the stored draft at startup)', () => {
  it('parses a short text here, a long one in the worker, posting it the text and ending it', async () => {
    const answer = parseDraft(good);
    const { worker, log } = fakeWorker<string, DraftReply>((post) => post({ ok: true, result: answer }));
    await expect(readStoredText(good, () => worker, good.length + 1)).resolves.toEqual(answer);
    expect(log.posted).toEqual([]);
    await expect(readStoredText(good, () => worker, good.length)).resolves.toBe(answer);
    expect(log).toMatchObject({ posted: [good], terminated: 1 });
  });

  it('parses here when there is no worker or it fails', async () => {
    await expect(readStoredText(good, () => null, 0)).resolves.toEqual(parseDraft(good));
    const { worker, log } = fakeWorker<string, DraftReply>((_, fail) => fail(preventable(log)));
    await expect(readStoredText('{"format":', () => worker, 0)).resolves.toEqual(parseDraft('{"format":'));
    expect(log).toMatchObject({ terminated: 1, prevented: 1 });
  });
});
