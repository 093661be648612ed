import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { TABLE3 } from '../report/index.ts';
import { editDistance, foldSteps, labelsMatch, normalizeLabel, stripDebris } from './normalize.ts';

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

describe('folding long texts (issue 10, htmlComment: a 2 MB line read as a possible heading)', () => {
  // The regex passes the scan replaced, kept as the reference.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufeff\u200b-\u200d\ufffe\uffff]/g;
  const OLD_FOLD: [RegExp, string][] = [
    [/\[(?:bookmark|anchor|image|footnote)[^\]]*\]/gi, ''],
    [CONTROL, ''],
    [/[\s\u3000\u00a0]+/g, ''],
    [/[（(]/g, '('],
    [/[）)]/g, ')'],
    [/[“”„‟"″「」『』]/g, '"'],
    [/[‘’‚‛']/g, "'"],
    [/[，,]/g, ','],
    [/[：:]/g, ':'],
    [/[；;]/g, ';'],
    [/[．.。]/g, '.'],
    [/[、､]/g, '、'],
    [/[—–－−-]/g, '-'],
  ];
  const oldFold = (text: string) =>
    OLD_FOLD.reduce((out, [pattern, to]) => out.replace(pattern, to), text).replace(/[０-９]/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) - 0xfee0),
    );
  const special = [
    ...'（()）“”„‟"″「」『』‘’‚‛\'，,：:；;．.。、､—–－−-０９\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u0000\u0007\u000b\u001f\u200b\u200d\ufffe\uffff\ud800',
  ];
  const piece = fc.oneof(
    fc.constantFrom(...special, '[bookmark', '[IMAGE: x', ']', '[', '一', 'a'),
    fc.string({ maxLength: 3, unit: 'binary' }),
  );

  it('folds every character exactly as the regex passes did (property)', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 25 }).map((a) => a.join('')),
        (text) => {
          expect(normalizeLabel(text)).toBe(oldFold(text));
          expect(stripDebris(text)).toBe(text.replace(OLD_FOLD[0]![0], '').replace(CONTROL, ''));
        },
      ),
      { seed: 31, numRuns: 4000 },
    );
  });

  it("folds in one scan: no global replace with one match per character (V8's grows faster than its matches)", () => {
    const replace = vi.spyOn(String.prototype, 'replace');
    try {
      normalizeLabel(`${'<!--'.repeat(10_000)}（1）、 ，[bookmark: x]`.repeat(2));
      stripDebris('[image]\u0007'.repeat(10_000));
      const matches = replace.mock.calls.reduce((sum, [pattern], i) => {
        const self = String(replace.mock.contexts[i]);
        return pattern instanceof RegExp && pattern.global ? sum + (self.match(pattern)?.length ?? 0) : sum;
      }, 0);
      expect(matches).toBeLessThanOrEqual(10);
    } finally {
      replace.mockRestore();
    }
  });

  it.each([
    ['unclosed <!-- (a dash every other character)', '<!--'],
    ['full-width punctuation and spaces', '（一）、 ，'],
    ['debris markers', '[bookmark: _GoBack]'],
    ['control characters', '\u0007\u200b'],
  ])('%s: steps linear in the length', (_, unit) => {
    const steps = (n: number) => {
      foldSteps.count = 0;
      normalizeLabel(unit.repeat(n / unit.length));
      stripDebris(unit.repeat(n / unit.length));
      return foldSteps.count;
    };
    const one = steps(200_000);
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(5 * 200_000);
    expect(steps(400_000)).toBeLessThanOrEqual(2.1 * one);
  });
});

describe('debris markers and label tolerance, at the edges', () => {
  it('a marker name counts only right after a [', () => {
    // A word like “footnote” quoted at the start, or “image” later in the text, is not a marker.
    expect(stripDebris('“Footnote” 见[1]')).toBe('“Footnote” 见[1]');
    expect(stripDebris('表[1]中 image 3]')).toBe('表[1]中 image 3]');
  });

  it('a distance beyond the cap is reported as max + 1, not counted further', () => {
    expect(editDistance('abcd', 'wxyz', 2)).toBe(3);
  });

  it('a four-character label tolerates one wrong character', () => {
    expect(labelsMatch('行政复仪', '行政复议')).toBe(true);
    // Three characters are too few to tell a typo from another label.
    expect(labelsMatch('已公开', '未公开')).toBe(false);
  });
});
