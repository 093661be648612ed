import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { MAX_CSV_BYTES, MAX_DRAFT_BYTES, formatBytes, renderTooLarge, sizeAndLimit, utf8Length } from './file-size.ts';

describe('file sizes in refusals', () => {
  it('formats with one decimal at most', () => {
    expect(formatBytes(MAX_DRAFT_BYTES)).toBe('5 MB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1.3 MB');
    expect(formatBytes(64 * 1024)).toBe('64 KB');
    expect(formatBytes(12)).toBe('12 B');
  });

  it('states a size over the limit in the limit’s unit, never as the limit itself', () => {
    expect(sizeAndLimit(MAX_DRAFT_BYTES + 1, MAX_DRAFT_BYTES)).toEqual({ size: '5.1 MB', limit: '5 MB' });
    expect(sizeAndLimit(600 * 1024 * 1024, MAX_CSV_BYTES)).toEqual({ size: '600 MB', limit: '50 MB' });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 30 }), (extra, limit) => {
        const shown = sizeAndLimit(limit + extra, limit);
        expect(shown.size).not.toBe(shown.limit);
      }),
    );
  });

  it('one sentence for every kind of file, in both languages', () => {
    expect(renderTooLarge('csv', 600 * 1024 * 1024, createI18n('zh-CN'))).toBe('表格CSV文件太大（600 MB），不能超过50 MB');
    expect(renderTooLarge('draft', 6 * 1024 * 1024, createI18n('en'))).toBe('The draft file is too large (6 MB); the limit is 5 MB');
  });

  it('measures UTF-8 length without encoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });
});
