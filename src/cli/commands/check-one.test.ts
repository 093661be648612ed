import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n, defaultI18n } from '../../i18n/index.ts';
import { renderFinding, runRules, type Finding } from '../../report/index.ts';
import { SEED_IDS, seedDraft } from '../../report/fixtures/seeds.ts';
import { findingText } from '../terminal.ts';
import { FIRST_TEXTS_KEPT, firstProblemText, firstTextsKept } from './check-one.ts';

const seedFindings: Finding[] = SEED_IDS.flatMap((id) => runRules(seedDraft(id).report, { today: '2026-11-21' }));

/** Seed findings with parameters changed: strings with controls and long quotes, numbers, key lists. */
const anyFinding: fc.Arbitrary<Finding> = fc
  .record({
    base: fc.constantFrom(...seedFindings),
    changes: fc.dictionary(
      fc.constantFrom('sentence', 'value', 'said', 'count', 'table', 'missing'),
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('1', '\u001b[2J', '\u202e名称', '未填写'),
        fc.integer({ min: -5, max: 1000 }),
        fc.constant(['common:openingFields.postcode', 'common:openingFields.phone']),
      ),
      { maxKeys: 2 },
    ),
  })
  .map(({ base, changes }) => ({ ...base, params: { ...base.params, ...changes } }) as Finding);

describe('firstProblemText', () => {
  it('is the text findingText renders, however often the same finding comes back', () => {
    const i18n = defaultI18n();
    fc.assert(
      fc.property(fc.array(anyFinding, { minLength: 1, maxLength: 8 }), (findings) => {
        for (const f of [...findings, ...findings]) expect(firstProblemText(f, i18n)).toBe(findingText(f, renderFinding, i18n));
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart a number from the same digits as text, and one language from another', () => {
    const [base] = seedFindings;
    if (!base) throw new Error('the seeds have findings');
    const zh = defaultI18n();
    const en = createI18n('en');
    const asNumber = { ...base, params: { ...base.params, x: 1 } };
    const asText = { ...base, params: { ...base.params, x: '1' } };
    expect(firstProblemText(asNumber, zh)).toBe(findingText(asNumber, renderFinding, zh));
    expect(firstProblemText(asText, zh)).toBe(findingText(asText, renderFinding, zh));
    expect(firstProblemText(base, zh)).toBe(findingText(base, renderFinding, zh));
    expect(firstProblemText(base, en)).toBe(findingText(base, renderFinding, en));
    expect(firstProblemText(base, en)).not.toBe(firstProblemText(base, zh));
  });

  it('keeps a bounded number of texts', () => {
    const [base] = seedFindings;
    if (!base) throw new Error('the seeds have findings');
    const i18n = defaultI18n();
    for (let i = 0; i < 3 * FIRST_TEXTS_KEPT; i++) firstProblemText({ ...base, params: { ...base.params, sentence: `第${i}句` } }, i18n);
    expect(firstTextsKept()).toBeGreaterThan(0);
    expect(firstTextsKept()).toBeLessThanOrEqual(FIRST_TEXTS_KEPT);
  });
});
