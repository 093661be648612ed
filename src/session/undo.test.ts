import fc from 'fast-check';
import { createFormControl, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { emptyReport, type Report } from '../report/index.ts';
import { cloneData } from '../report/arrays.ts';
import { createFormFeed } from './form-feed.ts';
import { createUndo, same } from './undo.ts';
import { HISTORY_LIMIT } from './history.ts';
import { getIn } from './paths.ts';

/** A real react-hook-form (no React) wired as the session wires it: every signal reaches the history. */
function setup() {
  const control = createFormControl<Report>({ defaultValues: emptyReport({ year: 2024 }) });
  // createFormControl returns the methods useForm hands out; the rest of UseFormReturn is not used here.
  const form = control as unknown as UseFormReturn<Report>;
  control.control._state.mount = true;
  let now = 0;
  const undo = createUndo(form, () => now);
  createFormFeed(form, (name) => undo.changed(name)).connect();
  const write = (path: string, value: unknown) => form.setValue(path as FieldPath<Report>, value as never);
  const tick = (ms: number) => (now += ms);
  return { form, undo, write, tick };
}

describe('createUndo on a real form', () => {
  it('typing in a field is one step until a pause; undo and redo write the field back', async () => {
    const { form, undo, write, tick } = setup();
    // Each keystroke is its own event (task): awaited here.
    for (const text of ['本', '本年', '本年度']) {
      write('narrative.overview.intro', text);
      await Promise.resolve();
      tick(100);
    }
    tick(2000);
    write('narrative.overview.intro', '本年度公开');
    await Promise.resolve();
    expect(undo.labels.get().undo).toBe('typing');
    expect(undo.undo()).toBe('typing');
    expect(form.getValues('narrative.overview.intro')).toBe('本年度');
    undo.undo();
    expect(form.getValues('narrative.overview.intro')).toBe('');
    expect(undo.undo()).toBeNull();
    undo.redo();
    undo.redo();
    expect(form.getValues('narrative.overview.intro')).toBe('本年度公开');
  });

  it('a batch (paste, 填0) is one step over many cells', () => {
    const { form, undo, write } = setup();
    undo.batch('paste', () => {
      write('tables.t3.newReceived.natural', 3);
      write('tables.t3.newReceived.commercial', 4);
    });
    expect(undo.labels.get()).toMatchObject({ undo: 'paste', redo: null });
    undo.undo();
    expect(form.getValues('tables.t3.newReceived.natural' as FieldPath<Report>)).toBeNull();
    expect(form.getValues('tables.t3.newReceived.commercial' as FieldPath<Report>)).toBeNull();
    expect(undo.labels.get()).toMatchObject({ undo: null, redo: 'paste', moved: { kind: 'undo', label: 'paste' } });
  });

  it('undoing a replaced draft brings the previous one back whole', () => {
    const { form, undo, write } = setup();
    write('organ.name', '某镇人民政府');
    const before = cloneData(form.getValues());
    const other = emptyReport({ year: 2023 });
    other.organ.name = '另一机关';
    undo.batch('importReport', () => form.reset(other));
    expect(form.getValues('organ.name')).toBe('另一机关');
    undo.undo();
    expect(form.getValues()).toEqual(before);
    undo.redo();
    expect(form.getValues('year')).toBe(2023);
  });

  it('keeps the last HISTORY_LIMIT (≥ 100) steps', () => {
    const { form, undo, write } = setup();
    const made = HISTORY_LIMIT + 50;
    for (let i = 1; i <= made; i++) undo.batch('paste', () => write('tables.t3.newReceived.natural', i));
    let steps = 0;
    while (undo.undo()) steps++;
    expect(steps).toBe(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    expect(form.getValues('tables.t3.newReceived.natural' as FieldPath<Report>)).toBe(made - HISTORY_LIMIT);
  });
});

describe('createUndo: changes one action makes together', () => {
  it('a field written along with the typed one (the signature following the organ) joins its step', async () => {
    const { form, undo, write, tick } = setup();
    for (const name of ['某', '某镇']) {
      write('organ.name', name);
      write('signature.organ', name);
      await Promise.resolve();
      tick(100);
    }
    expect(form.getValues('signature.organ')).toBe('某镇');
    undo.undo();
    expect(form.getValues('organ.name')).toBe('');
    expect(form.getValues('signature.organ')).toBe('');
    expect(undo.undo()).toBeNull();
  });
});

describe('createUndo: after an undo', () => {
  it('a field rewriting itself is part of the undo (redo stays); the user’s next change is a step again', async () => {
    const { form, undo, write } = setup();
    undo.batch('paste', () => write('tables.t3.newReceived.natural', 5));
    undo.undo();
    // An effect reacting to the undone value writes a field that follows it.
    write('narrative.other.fees.text', '本年度未收取信息处理费。');
    await Promise.resolve();
    expect(undo.labels.get()).toMatchObject({ undo: null, redo: 'paste' });
    undo.userActed();
    write('organ.name', '某镇');
    await Promise.resolve();
    expect(undo.labels.get()).toMatchObject({ undo: 'typing', redo: null });
    undo.undo();
    expect(form.getValues('organ.name')).toBe('');
    expect(form.getValues('narrative.other.fees.text')).toBe('本年度未收取信息处理费。');
  });
});

describe('the history as a snapshot', () => {
  const CELL = 'tables.t3.newReceived.natural';
  it('is the form as it is now, and a snapshot taken earlier is never changed by later typing', async () => {
    const { form, undo, write } = setup();
    const before = undo.current();
    write(CELL, 5);
    await Promise.resolve();
    const after = undo.current();
    expect(after).toEqual(form.getValues());
    expect(getIn(before, CELL)).toBeNull();
    // Only the path that changed is copied: the rest is shared with the earlier snapshot.
    expect(after.narrative).toBe(before.narrative);
    form.reset(emptyReport({ year: 2023 }));
    expect(undo.current()).toEqual(form.getValues());
    expect(getIn(after, CELL)).toBe(5);
  });
});

describe('same', () => {
  it('says what comparing the JSON of two objects says', () => {
    const objects = fc.oneof(fc.array(fc.jsonValue(), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue()));
    fc.assert(
      fc.property(objects, objects, (a, b) => {
        expect(same(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
        expect(same(a, JSON.parse(JSON.stringify(a)))).toBe(true);
      }),
    );
  });
  it('leaves out keys holding undefined, as JSON does, and tells an array from an object', () => {
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(same([1], { 0: 1 })).toBe(false);
    expect(same({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  });
});

describe('the copies the history keeps', () => {
  it('a keystroke in a long text copies no text (strings cannot change), and undo still gives it back', async () => {
    const { form, undo, write, tick } = setup();
    const long = '政府信息公开'.repeat(30_000);
    write('narrative.overview.intro', long);
    await Promise.resolve();
    tick(5000);
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      write('narrative.overview.intro', `${long}。`);
      await Promise.resolve();
      const copiedText = stringify.mock.calls.filter(([value]) => typeof value === 'string' && value.length > 1000);
      expect(copiedText).toEqual([]);
    } finally {
      stringify.mockRestore();
    }
    undo.undo();
    expect(form.getValues('narrative.overview.intro')).toBe(long);
    // An object (a whole table row set at once) is still copied: the form may change it in place.
    const rowAt = () => form.getValues('tables.t3.newReceived' as FieldPath<Report>) as unknown as Record<string, unknown>;
    write('tables.t3.newReceived', { ...rowAt(), natural: 5 });
    await Promise.resolve();
    const row = undo.current().tables.t3.newReceived as unknown as Record<string, unknown>;
    rowAt().natural = 6;
    expect(row.natural).toBe(5);
  });
});
