import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Block } from '../../render/model.ts';
import { RUN_LENGTH, estimatedHeight, runs } from './preview-runs.ts';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
const heading = (text: string): Block => ({ kind: 'heading', text });

describe('preview runs', () => {
  it('gathers consecutive body paragraphs, a heading between them ends a run', () => {
    const pieces = runs([heading('一、总体情况'), paragraph('甲'), paragraph('乙'), heading('二、主动公开'), paragraph('丙')]);
    expect(pieces).toEqual([
      { run: false, block: heading('一、总体情况'), index: 0 },
      { run: true, texts: ['甲', '乙'], index: 1 },
      { run: false, block: heading('二、主动公开'), index: 3 },
      { run: true, texts: ['丙'], index: 4 },
    ]);
  });

  it('8 000 paragraphs are 320 runs of 25: every paragraph kept, in order (issue 10, manyLines)', () => {
    const texts = Array.from({ length: 8000 }, (_, i) => `第${i}段`);
    const pieces = runs(texts.map(paragraph));
    expect(RUN_LENGTH).toBe(25);
    expect(pieces).toHaveLength(320);
    expect(pieces.flatMap((p) => (p.run ? p.texts : []))).toEqual(texts);
  });

  it('keeps every block, in order, whatever the mix (property)', () => {
    const block = fc.oneof(fc.string().map(paragraph), fc.string().map(heading));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 60 }), fc.integer({ min: 1, max: 5 }), (blocks, length) => {
        const pieces = runs(blocks, length);
        const back = pieces.flatMap((p) => (p.run ? p.texts.map(paragraph) : [p.block]));
        expect(back).toEqual(blocks);
        for (const p of pieces) if (p.run) expect(p.texts.length).toBeLessThanOrEqual(length);
        // A run is never followed by a run it could have joined.
        pieces.forEach((p, i) => {
          const next = pieces[i + 1];
          if (p.run && next?.run) expect(p.texts.length).toBe(length);
        });
      }),
    );
  });

  it('estimates a run as the lines its paragraphs fill, 28 characters a line at 28.95 pt', () => {
    expect(estimatedHeight(['短'])).toBe('0 28.95pt');
    // 2 characters of indent + 54 = 56: two lines; + a one-line paragraph.
    expect(estimatedHeight(['字'.repeat(54), '字'])).toBe('0 86.85pt');
  });
});
