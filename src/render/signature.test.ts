import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH } from './layout.ts';
import { bodyTextWidth, signatureIndents } from './signature.ts';

const CHAR = 315;

describe('signatureIndents (GB/T 9704-2012 7.3.5.2)', () => {
  it('sets the organ two characters from the right and the date two characters right of the organ’s first character', () => {
    const organ = '威海市文登区泽库镇人民政府';
    const { organ: o, date: d } = signatureIndents(organ, '2024年1月22日');
    expect(o + bodyTextWidth(organ)).toBe(TEXT_WIDTH - 2 * CHAR);
    expect(d - o).toBe(2 * CHAR);
  });

  it('sets a date longer than the organ two characters from the right, moving the organ left', () => {
    const date = '2024年12月22日';
    const { organ: o, date: d } = signatureIndents('某某镇', date);
    expect(d + bodyTextWidth(date)).toBe(TEXT_WIDTH - 2 * CHAR);
    expect(d - o).toBe(2 * CHAR);
  });

  it('never indents below zero (an organ as long as a line)', () => {
    expect(signatureIndents('某'.repeat(40), '2024年1月1日').organ).toBe(0);
  });
});
