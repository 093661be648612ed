/**
 * Export with bounded cost (issue 10 §2): long runs of U+3000 are trimmed in linear time and a
 * draft of 800 000 short lines becomes a bounded number of paragraphs, with no text lost.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReportModel } from '../render/model.ts';
import { reportDocxBytes } from './pack.ts';
import { MAX_PARAGRAPHS, capParagraphs, splitParagraphs } from '../render/sanitize.ts';
import { seedReport } from './testing/seeds.ts';

const OLD_TRIM = /^[\s\u3000]+|[\s\u3000]+$/g;

describe('sanitize: linear', () => {
  it('trim() strips what the old regex stripped (property)', () => {
    const chars = fc.constantFrom(' ', '\u3000', '\t', '\u00a0', '\u2028', '\ufeff', '\u200b', 'a', '字');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 30 }).map((a) => a.join('')),
        (s) => {
          expect(s.trim()).toBe(s.replace(OLD_TRIM, ''));
        },
      ),
      { seed: 30, numRuns: 3000 },
    );
  });

  it('keeps a long inner run of U+3000 (a paragraph of 200 000 of them)', () => {
    const text = `甲${'\u3000'.repeat(200_000)}乙`;
    expect(splitParagraphs(`\u3000\u3000${text}\u3000`)).toEqual([text]);
  });
});

describe('paragraphs per text area: capped, nothing lost', () => {
  it('joins the lines beyond the cap to the last kept paragraph', () => {
    expect(capParagraphs(['a', 'b', 'c', 'd'], 2)).toEqual(['a', 'b c d']);
    expect(capParagraphs(['a', 'b'], 2)).toEqual(['a', 'b']);
  });

  it('a 4 MB draft of 800 000 lines: a bounded model with all its characters', async () => {
    const report = seedReport('002-huancui-2024.draft.json');
    const lines = 200_000;
    const text = '字\n'.repeat(lines);
    report.narrative.overview.intro = text;
    report.narrative.problems.problems = text;
    report.narrative.problems.improvements = text;
    report.narrative.other.other = text;
    const model = buildReportModel(report);
    const paragraphs = model.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.length).toBeLessThanOrEqual(4 * MAX_PARAGRAPHS + 50);
    const chars = paragraphs.reduce(
      (n, b) => n + (b.kind === 'paragraph' ? [...b.text.replace(/ /g, '')].filter((c) => c === '字').length : 0),
      0,
    );
    expect(chars).toBeGreaterThanOrEqual(4 * lines);
    const bytes = await reportDocxBytes(report);
    expect(bytes.length).toBeGreaterThan(0);
  }, 30_000);
});
