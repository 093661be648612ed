import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previousHelps, previousReference } from './previous-figure.ts';

describe('previousHelps', () => {
  it('hides “上年 0” beside a blank cell and a figure equal to this year’s', () => {
    expect(previousHelps(0, null)).toBe(false);
    expect(previousHelps('0', null)).toBe(false);
    expect(previousHelps(12, 12)).toBe(false);
    expect(previousHelps('6793.94', '6793.94')).toBe(false);
    expect(previousHelps(null, 3)).toBe(false);
  });
  it('shows a non-zero figure, and any figure this year differs from', () => {
    expect(previousHelps(156, null)).toBe(true);
    expect(previousHelps(0, 4)).toBe(true);
    expect(previousHelps(12, 0)).toBe(true);
  });
  it('shows exactly when last year had a figure that this year’s (or a blank) does not repeat', () => {
    const value = fc.option(fc.nat({ max: 5 }), { nil: null });
    fc.assert(
      fc.property(value, value, (previous, current) => {
        const expected = previous !== null && previous !== current && !(current === null && previous === 0);
        expect(previousHelps(previous, current)).toBe(expected);
      }),
    );
  });
});

describe('previousReference', () => {
  it('compares 上年结转 with last year’s 结转下年度, every other cell with itself', () => {
    expect(previousReference({ table: 't3', row: 'carriedOver', column: 'natural' })).toEqual({
      ref: { table: 't3', row: 'carriedForward', column: 'natural' },
      carried: true,
    });
    const ref = { table: 't3', row: 'newReceived', column: 'natural' } as const;
    expect(previousReference(ref)).toEqual({ ref, carried: false });
  });
});
