import { describe, expect, it } from 'vitest';
import { shownPaste } from './paste-view.ts';

describe('shownPaste', () => {
  it('shows a report-sized paste whole', () => {
    const text = '一、总体情况\n'.repeat(400);
    expect(shownPaste(text)).toBe(text);
    expect(shownPaste('abc', 3, 1)).toBe('abc');
  });

  it('cuts at the line limit, before the line end that reaches it', () => {
    expect(shownPaste('a\nb\nc\nd', 100, 2)).toBe('a\nb');
    expect(shownPaste('a\nb\nc', 100, 2)).toBe('a\nb');
    // A last line end is no cut: nothing follows it.
    expect(shownPaste('a\nb\n', 100, 2)).toBe('a\nb\n');
    expect(shownPaste('a\nb', 100, 2)).toBe('a\nb');
  });

  it('cuts at the character limit, at the last line end within it', () => {
    expect(shownPaste('aaa\nbbb\nccc', 9, 100)).toBe('aaa\nbbb');
    expect(shownPaste('aaa\nbbb\nccc', 8, 100)).toBe('aaa\nbbb');
    expect(shownPaste('aaa\nbbb\nccc', 7, 100)).toBe('aaa\nbbb');
    expect(shownPaste('aaa\nbbb\nccc', 6, 100)).toBe('aaa');
  });

  it('cuts a paste of one long line at the character limit', () => {
    expect(shownPaste('x'.repeat(10), 4, 100)).toBe('xxxx');
    expect(shownPaste(`\n${'x'.repeat(10)}`, 4, 100)).toBe('\nxxx');
  });

  it('reads a huge paste in one pass (500 000 lines)', () => {
    const shown = shownPaste('甲乙\n'.repeat(500_000));
    expect(shown.split('\n')).toHaveLength(3_000);
  });
});
