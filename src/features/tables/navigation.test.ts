import { describe, expect, it } from 'vitest';
import { nextPosition } from './navigation.ts';

// Three rows of three columns; the last column and the middle row are computed.
const inputs = new Set(['0,0', '0,1', '2,0', '2,1']);
const widths = [3, 3, 3];

describe('nextPosition', () => {
  it('skips computed cells going down', () => {
    expect(nextPosition(inputs, widths, 0, 1, 'down')).toEqual([2, 1]);
  });
  it('stops at the edge and at computed columns', () => {
    expect(nextPosition(inputs, widths, 0, 1, 'right')).toBeNull();
    expect(nextPosition(inputs, widths, 0, 0, 'up')).toBeNull();
    expect(nextPosition(inputs, widths, 2, 1, 'left')).toEqual([2, 0]);
  });
});
