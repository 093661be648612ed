/**
 * The prose checks on the calibration set (issue 12): every seed and corpus report in ../shared.
 * A missing shared folder fails here (calibrate throws): the figures must never silently go unmeasured.
 */
import { describe, expect, it } from 'vitest';
import { calibrate, formatCalibration } from './calibrate.ts';

describe('prose checks on real reports', () => {
  const result = calibrate();
  it('judges the 5 seeds and 7 corpus reports', () => {
    expect(result.files.map((f) => f.file.split('/')[0])).toEqual([...Array(5).fill('seeds'), ...Array(7).fill('corpus')]);
  });
  it('precision ≥ 0.9 and recall 1.0', () => {
    expect(result.recall, formatCalibration(result)).toBe(1);
    expect(result.precision, formatCalibration(result)).toBeGreaterThanOrEqual(0.9);
  });
});
