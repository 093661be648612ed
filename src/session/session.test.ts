/**
 * The session without React: a real react-hook-form, the draft codec, and a localStorage stand-in
 * that counts writes. Each test starts from fresh modules: the stored draft is opened once per page.
 */
import { createFormControl, type UseFormReturn } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReport, type Report } from '../report/index.ts';
import { serializeDraft } from '../report/draft/envelope.ts';
import { seedDraft } from '../report/fixtures/seeds.ts';
import { AUTOSAVE_KEY } from './autosave-key.ts';

class CountingStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (key === AUTOSAVE_KEY) this.writes++;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let storage: CountingStorage;
beforeEach(() => {
  vi.resetModules();
  storage = new CountingStorage();
  vi.stubGlobal('localStorage', storage);
  // The session runs the rules of a large stored draft once the page is drawn.
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 0));
});
afterEach(() => vi.unstubAllGlobals());

/** Opens the page as main.tsx and the wizard do: the stored draft, if any, then the session on a form. */
async function openPage() {
  const stored = await import('./stored-draft.ts');
  const { loadDraftCodec } = await import('./draft-codec.ts');
  const { createSession } = await import('./session.ts');
  await stored.prepareStoredDraft();
  await loadDraftCodec();
  const initial = stored.openStoredDraft() ?? emptyReport({ year: 2024 });
  const control = createFormControl<Report>({ defaultValues: initial });
  control.control._state.mount = true;
  const form = control as unknown as UseFormReturn<Report>;
  const session = createSession(form);
  session.connect();
  return { session, form, opened: stored.openedLargeDraft() };
}

const storedText = (report: Report) => serializeDraft(report, new Date('2025-03-01T00:00:00Z'));
const event = (newValue: string | null) => ({ key: AUTOSAVE_KEY, newValue }) as StorageEvent;

describe('saving when nothing changed', () => {
  it('a second flush with no edit between writes nothing (entering 检查与导出 rewrote the draft)', async () => {
    const { session, form } = await openPage();
    form.setValue('organ.name', '某镇人民政府');
    await Promise.resolve();
    session.flush();
    expect(storage.writes).toBe(1);
    session.flush();
    session.flushSoon();
    expect(storage.writes).toBe(1);
    form.setValue('organ.name', '某镇人民政府办公室');
    await Promise.resolve();
    session.flush();
    expect(storage.writes).toBe(2);
    expect(storage.getItem(AUTOSAVE_KEY)).toContain('某镇人民政府办公室');
  });

  it('the stored draft just opened is not written again until it changes', async () => {
    storage.setItem(AUTOSAVE_KEY, storedText(seedDraft('003').report));
    storage.writes = 0;
    const { session, form } = await openPage();
    session.flush();
    expect(storage.writes).toBe(0);
    form.setValue('organ.name', '改过的名称');
    await Promise.resolve();
    session.flush();
    expect(storage.writes).toBe(1);
  });

  it('writes again once another tab wrote or removed the stored draft', async () => {
    storage.setItem(AUTOSAVE_KEY, storedText(seedDraft('003').report));
    const { session } = await openPage();
    storage.writes = 0;
    session.onStorage(event('{"other":"tab"}'));
    expect(session.save.get().conflict).toBe(true);
    session.keepMine();
    expect(storage.writes).toBe(1);
    session.onStorage(event(null));
    expect(session.save.get().conflict).toBe(false);
    session.flush();
    expect(storage.writes).toBe(2);
  });
});

/** Seed 003 with six long narrative texts: over STORED_IN_WORKER_FROM characters in all. */
function largeReport(): Report {
  const report = seedDraft('003').report;
  const long = '本机关持续推进政务公开。\n'.repeat(7_000);
  report.narrative.overview.intro = long;
  for (const area of Object.values(report.narrative.overview.areas)) area.text = long;
  return report;
}

describe('a large stored draft at startup', () => {
  it('is shown with its findings pending, then checked in the background', async () => {
    const { STORED_IN_WORKER_FROM } = await import('./draft-reader.ts');
    const text = storedText(largeReport());
    expect(text.length).toBeGreaterThan(STORED_IN_WORKER_FROM);
    storage.setItem(AUTOSAVE_KEY, text);
    const { session, opened } = await openPage();
    expect(opened).toBe(true);
    expect(session.analysis.get()).toMatchObject({ pending: true, findings: [] });
    // No worker here: the rules run on this thread once it is idle, not in the startup task.
    await vi.waitFor(() => expect(session.analysis.get().pending).toBeUndefined(), { timeout: 10_000 });
    expect(session.analysis.get().report.narrative.overview.intro).toBe(largeReport().narrative.overview.intro);
  });

  it('the review step computes the findings at once when asked before they came', async () => {
    storage.setItem(AUTOSAVE_KEY, storedText(largeReport()));
    const { session } = await openPage();
    session.flush();
    expect(session.analysis.get().pending).toBeUndefined();
  });

  it('a small stored draft is checked at startup, as before', async () => {
    storage.setItem(AUTOSAVE_KEY, storedText(seedDraft('003').report));
    const { session, opened } = await openPage();
    expect(opened).toBe(false);
    expect(session.analysis.get().pending).toBeUndefined();
  });
});

describe('when the rules run while typing', () => {
  /** Types a name a key at a time, `gap` ms apart, and records when the findings shown changed. */
  async function typeName(keys: number, gap: number) {
    const { session, form } = await openPage();
    vi.useFakeTimers();
    const runs: { at: number; name: string }[] = [];
    const start = Date.now();
    session.analysis.subscribe(() => runs.push({ at: Date.now() - start, name: session.analysis.get().report.organ.name }));
    let name = '';
    for (let i = 0; i < keys; i++) {
      name += '镇';
      form.setValue('organ.name', name);
      await vi.advanceTimersByTimeAsync(gap);
    }
    return { runs, name, finish: () => vi.advanceTimersByTimeAsync(1000) };
  }
  afterEach(() => vi.useRealTimers());

  it('a single edit is checked once the typing pauses', async () => {
    const { runs, finish } = await typeName(1, 200);
    expect(runs).toEqual([]);
    await finish();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.name).toBe('镇');
    expect(runs[0]?.at).toBeLessThanOrEqual(500);
  });

  it('uninterrupted typing is checked about once a second, not after every pause between keys', async () => {
    const { runs, name, finish } = await typeName(30, 100);
    // 3 s of keys 100 ms apart: the old timer (every 250 ms from the first key) ran 12 times.
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(runs.length).toBeLessThanOrEqual(3);
    await finish();
    expect(runs.at(-1)?.name).toBe(name);
  });

  it('runs even when the page clock stands still (a test page with a fixed time)', async () => {
    const fixed = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(fixed);
    const { runs, finish } = await typeName(5, 100);
    await finish();
    expect(runs.at(-1)?.name).toBe('镇'.repeat(5));
  });
});
