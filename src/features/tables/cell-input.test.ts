import { describe, expect, it } from 'vitest';
import { cellInput, cellText } from './cell-input.ts';

describe('cellInput', () => {
  it('accepts digits, full-width digits and thousands separators', () => {
    expect(cellInput('count', '12')).toEqual({ kind: 'value', value: 12 });
    expect(cellInput('count', '１２')).toEqual({ kind: 'value', value: 12 });
    expect(cellInput('count', '1,234')).toEqual({ kind: 'value', value: 1234 });
    expect(cellInput('count', '')).toEqual({ kind: 'value', value: null });
  });
  it('keeps an unfinished thousands group pending', () => {
    expect(cellInput('count', '1,2')).toEqual({ kind: 'pending' });
  });
  it('refuses negatives, letters and decimals in counts', () => {
    expect(cellInput('count', '-3')).toEqual({ kind: 'refused', problem: 'negative' });
    expect(cellInput('count', '3a')).toEqual({ kind: 'refused', problem: 'notNumber' });
    expect(cellInput('count', '2.5')).toEqual({ kind: 'refused', problem: 'decimal' });
  });
  it('takes decimals in 万元 amounts', () => {
    expect(cellInput('amount', '12.50')).toEqual({ kind: 'value', value: '12.5' });
    expect(cellInput('amount', '12.')).toEqual({ kind: 'value', value: '12' });
    expect(cellInput('amount', '24252.311082')).toEqual({ kind: 'value', value: '24252.311082' });
    expect(cellInput('amount', '1.2345671')).toEqual({ kind: 'refused', problem: 'tooManyDecimals' });
  });
  it('shows blank as blank, not 0', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(0)).toBe('0');
  });
});
