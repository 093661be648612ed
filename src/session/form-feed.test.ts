import fc from 'fast-check';
import { createFormControl, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ALL_INPUT_CELLS, emptyReport, fieldPath, type Report } from '../report/index.ts';
import { createFormFeed } from './form-feed.ts';

/** A real react-hook-form (no React), its feed connected as the session connects it. */
function setup() {
  const control = createFormControl<Report>({ defaultValues: emptyReport({ year: 2024 }) });
  const form = control as unknown as UseFormReturn<Report>;
  control.control._state.mount = true;
  const changes: (string | undefined)[] = [];
  const feed = createFormFeed(form, (name) => changes.push(name));
  feed.connect();
  return { form, feed, changes };
}

const inputCells = ALL_INPUT_CELLS.map(fieldPath);

describe('createFormFeed', () => {
  it('set writes a cell as setValue does: the form holds it, its listeners and the form’s own subscribers hear it', () => {
    const { form, feed, changes } = setup();
    const path = inputCells[0] ?? '';
    const heard: string[] = [];
    feed.subscribe(path, () => heard.push('cell'));
    feed.subscribe(path.slice(0, path.lastIndexOf('.')), () => heard.push('row'));
    feed.subscribe(inputCells[inputCells.length - 1] ?? '', () => heard.push('another table'));
    const watched: unknown[] = [];
    // What useWatch subscribes to.
    form.control._subscribe({ name: path as never, formState: { values: true }, callback: ({ values }) => watched.push(values) });

    feed.set(path, 12);
    expect(form.getValues(path as never)).toBe(12);
    expect(feed.get(path)).toBe(12);
    expect(changes).toEqual([path]);
    expect(heard).toEqual(['cell', 'row']);
    expect(watched).toHaveLength(1);

    // The same value again is no change.
    feed.set(path, 12);
    expect(changes).toEqual([path]);
    feed.set(path, null);
    expect(form.getValues(path as never)).toBeNull();
    expect(changes).toEqual([path, path]);
  });

  it('get reads what the form holds, for any path (also after a reset replaced the values)', () => {
    const { form, feed } = setup();
    form.reset({ ...emptyReport({ year: 2023 }), organ: { ...emptyReport({ year: 2023 }).organ, name: '某镇人民政府' } });
    expect(feed.get('year')).toBe(2023);
    expect(feed.get('organ.name')).toBe('某镇人民政府');
    expect(feed.get('organ.name.length')).toBe(undefined);
    expect(feed.get('no.such.path')).toBeUndefined();
  });

  it('any sequence of sets leaves the form as the same setValue calls would', () => {
    const value = fc.oneof(fc.constant(null), fc.nat({ max: 100_000 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...inputCells), value), { maxLength: 30 }), (writes) => {
        const a = setup();
        const b = setup();
        for (const [path, v] of writes) {
          a.feed.set(path, v);
          b.form.setValue(path as never, v as never, { shouldDirty: false });
        }
        expect(a.form.getValues()).toEqual(b.form.getValues());
        // Both told the same changes (setValue says nothing for a value the form already holds).
        expect(a.changes).toEqual(b.changes);
      }),
      { numRuns: 60 },
    );
  });
});
