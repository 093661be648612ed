import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TABLE3 } from '../report/index.ts';
import { editDistance, labelsMatch, normalizeLabel, stripDebris } from './normalize.ts';

describe('tolerant labels', () => {
  it('strips bookmark debris and control characters', () => {
    expect(stripDebris('[bookmark: _Hlk66973412]一、本年新收\u0007')).toBe('一、本年新收');
  });

  it('folds half-width punctuation, straight quotes and spaces', () => {
    expect(normalizeLabel('3.危及"三安全一稳定"')).toBe(normalizeLabel('3．危及“三安全一稳定”'));
    expect(normalizeLabel('（二）部分公开(区分处理的, 只计这一情形，不计其他情形)')).toBe(
      normalizeLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    );
  });

  it('matches a label with one character wrong (其他法律行政止公开)', () => {
    expect(labelsMatch('2.其他法律行政法规止公开', '2.其他法律行政法规禁止公开')).toBe(true);
    expect(labelsMatch('2.其他法律行政止公开', '2.其他法律行政法规禁止公开')).toBe(false);
    expect(labelsMatch('2.其他法律行政止公开', '2.其他法律行政法规禁止公开', { loose: true })).toBe(true);
    expect(labelsMatch('规章', '规则')).toBe(false);
  });

  it('never confuses two official labels of table 三', () => {
    const labels = TABLE3.rows.map((r) => r.label);
    for (const a of labels) for (const b of labels) if (a !== b) expect(labelsMatch(a, b, { loose: true })).toBe(false);
  });

  it('any single-character change of an official label still matches it (property)', () => {
    const labels = TABLE3.rows.map((r) => r.label).filter((l) => l.length >= 6);
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.nat(), fc.constantFrom('止', '的', 'x', ''), (label, at, ch) => {
        const chars = [...label];
        const i = at % chars.length;
        chars.splice(i, 1, ch);
        expect(labelsMatch(chars.join(''), label)).toBe(true);
      }),
    );
  });

  it('edit distance is symmetric and bounded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b, 20)).toBe(editDistance(b, a, 20));
      }),
    );
  });
});
