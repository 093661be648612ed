import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeNumberText, withoutUnit } from '../../report/index.ts';
import { cellInput, cellText, draftValue, problemOf } from './cell-input.ts';

const fullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

describe('cellInput', () => {
  it('reads what people type: full-width digits, thousands grouping, spaces, the unit', () => {
    expect(cellInput('count', '12')).toEqual({ kind: 'value', value: 12 });
    expect(cellInput('count', '１２')).toEqual({ kind: 'value', value: 12 });
    expect(cellInput('count', '1,234')).toEqual({ kind: 'value', value: 1234 });
    expect(cellInput('count', ' 3件 ')).toEqual({ kind: 'value', value: 3 });
    expect(cellInput('count', '3 件')).toEqual({ kind: 'value', value: 3 });
    expect(cellInput('count', '3 119')).toEqual({ kind: 'value', value: 3119 });
    expect(cellInput('count', '')).toEqual({ kind: 'value', value: null });
    expect(cellInput('amount', '6793.94万元')).toEqual({ kind: 'value', value: '6793.94' });
  });
  it('keeps an unfinished thousands group pending', () => {
    expect(cellInput('count', '1,2')).toEqual({ kind: 'pending' });
    expect(problemOf('count', '1,2')).toBe('notNumber');
  });
  it('says why negatives, letters and decimals are not counts', () => {
    expect(cellInput('count', '-1')).toEqual({ kind: 'invalid', problem: 'negative' });
    expect(cellInput('count', 'a')).toEqual({ kind: 'invalid', problem: 'notNumber' });
    expect(cellInput('count', '1.5')).toEqual({ kind: 'invalid', problem: 'decimal' });
    expect(cellInput('count', '1,23,')).toEqual({ kind: 'pending' });
    expect(cellInput('count', '1a')).toEqual({ kind: 'invalid', problem: 'notNumber' });
    // Two figures run together (or a typo) are not one figure.
    expect(cellInput('count', '58 1')).toEqual({ kind: 'invalid', problem: 'notNumber' });
    // 元 is not 万元: never read 10 000 times too large.
    expect(cellInput('amount', '6793.94元')).toEqual({ kind: 'invalid', problem: 'notNumber' });
  });
  it('takes up to six decimals in 万元 amounts', () => {
    expect(cellInput('amount', '12.50')).toEqual({ kind: 'value', value: '12.5' });
    expect(cellInput('amount', '24252.311082')).toEqual({ kind: 'value', value: '24252.311082' });
    expect(cellInput('amount', '1.2345671')).toEqual({ kind: 'invalid', problem: 'tooManyDecimals' });
  });
  it('shows blank as blank, not 0', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(0)).toBe('0');
  });
});

describe('the draft never holds a number nobody typed', () => {
  it('any text gives blank or exactly the figure written in it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789０１２-.,a 件万元'.split('')), maxLength: 12 }), (text) => {
        const value = draftValue('count', text);
        if (value === null) return;
        const written = normalizeNumberText(withoutUnit(text, false))
          .replace(/,/g, '')
          .replace(/\.0*$/, '')
          .replace(/^0+(?=\d)/, '');
        expect(String(value)).toBe(written);
      }),
    );
  });
  it('a count written as people write it reads as that count', () => {
    const written = fc
      .tuple(fc.nat({ max: 9_999_999 }), fc.boolean(), fc.boolean(), fc.constantFrom('', '件', '条', ' '))
      .map(([n, wide, group, unit]) => ({ n, text: ` ${(wide ? fullWidth : String)(group ? grouped(n) : String(n))}${unit}` }));
    fc.assert(
      fc.property(written, ({ n, text }) => {
        expect(draftValue('count', text)).toBe(n);
      }),
    );
  });
  it('a count with a minus, a fraction or a letter is blank in the draft, with a reason', () => {
    const spoilt = fc.tuple(
      fc.nat({ max: 99_999 }),
      fc.constantFrom(
        (t: string) => `-${t}`,
        (t: string) => `${t}.5`,
        (t: string) => `${t}a`,
        (t: string) => `a${t}`,
      ),
    );
    fc.assert(
      fc.property(spoilt, ([n, spoil]) => {
        const text = spoil(String(n));
        expect(draftValue('count', text)).toBeNull();
        expect(problemOf('count', text)).not.toBeNull();
      }),
    );
  });
});
