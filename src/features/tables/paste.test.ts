import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { MAX_PASTE_BYTES, TABLE3, printedGrid, renderTooLarge, type CellRef } from '../../report/index.ts';
import { isBlockPaste, planPaste } from './paste.ts';

const grid = printedGrid(TABLE3);
const start: CellRef<'t3'> = { table: 't3', row: 'newReceived', column: 'natural' };

describe('planPaste', () => {
  it('fills from the focused cell onwards, row by row', () => {
    const result = planPaste(grid, start, '3\t0\n１\t2\n');
    expect(result).toEqual({
      ok: true,
      values: [
        { ref: start, value: 3 },
        { ref: { ...start, column: 'commercial' }, value: 0 },
        { ref: { ...start, row: 'carriedOver' }, value: 1 },
        { ref: { ...start, row: 'carriedOver', column: 'commercial' }, value: 2 },
      ],
    });
  });
  it('skips computed cells (the 总计 column) in the block', () => {
    const result = planPaste(grid, { ...start, column: 'otherOrg' }, '1\t99');
    expect(result).toEqual({ ok: true, values: [{ ref: { ...start, column: 'otherOrg' }, value: 1 }] });
  });
  it('refuses the whole paste if one value is invalid', () => {
    expect(planPaste(grid, start, '1\t-2')).toEqual({ ok: false, reason: 'invalid', text: '-2', problem: 'negative' });
  });
  it('refuses a block that does not fit', () => {
    expect(planPaste(grid, { ...start, column: 'total' }, '1\t2')).toEqual({ ok: false, reason: 'outside' });
  });
  it('refuses a 10 MB paste by its size first, without parsing or quoting it', () => {
    const huge = `1\t${'x'.repeat(10 * 1024 * 1024)}`;
    const result = planPaste(grid, start, huge);
    expect(result).toEqual({ ok: false, reason: 'tooLarge', size: huge.length });
    if (result.ok || result.reason !== 'tooLarge') return;
    expect(renderTooLarge('paste', result.size, createI18n('zh-CN'))).toBe('粘贴的内容太大（10 MB），不能超过64 KB');
    expect(planPaste(grid, start, '汉'.repeat(MAX_PASTE_BYTES / 3 + 1))).toMatchObject({ ok: false, reason: 'tooLarge' });
  });
  it('quotes at most 40 characters of an invalid value', () => {
    const result = planPaste(grid, start, `1\t${'y'.repeat(50_000)}`);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', text: `${'y'.repeat(39)}…` });
  });
  it('tells a block from a single value', () => {
    expect(isBlockPaste('12\n')).toBe(false);
    expect(isBlockPaste('1\t2')).toBe(true);
  });
});
