import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGES } from '../../i18n/index.ts';
import { fill, templateParts } from './message-template.ts';

describe('templateParts and fill', () => {
  for (const lng of LANGUAGES) {
    it(`fills the identity messages as t() does (${lng})`, () => {
      const t = createI18n(lng).getFixedT(lng, 'wizard');
      const okParts = templateParts((holes) => t('tables.identityOk', holes), ['left', 'right']);
      const badParts = templateParts((holes) => t('tables.identityBad', { ...holes, column: '自然人' }), ['diff', 'left', 'right']);
      const ok = (values: { left: number; right: number }) => fill(okParts, values);
      const bad = (values: { diff: number; left: number; right: number }) => fill(badParts, values);
      for (const [left, right] of [
        [0, 0],
        [12, 10],
        [1234567, 7],
      ] as const) {
        expect(ok({ left, right })).toBe(t('tables.identityOk', { left, right }));
        const diff = Math.abs(left - right);
        expect(bad({ diff, left, right })).toBe(t('tables.identityBad', { column: '自然人', diff, left, right }));
      }
    });
  }
});

describe('templateParts', () => {
  it('cuts the message at its numbers, in the order the translation puts them', () => {
    const parts = templateParts((h) => `${h.b} before ${h.a}, then ${h.b} again`, ['a', 'b']);
    expect(parts).toEqual({ texts: ['', ' before ', ', then ', ' again'], holes: ['b', 'a', 'b'] });
    expect(fill(parts, { a: 1, b: 22 })).toBe('22 before 1, then 22 again');
  });

  it('keeps a message with no numbers whole', () => {
    expect(templateParts(() => 'no figures', [])).toEqual({ texts: ['no figures'], holes: [] });
  });

  it('fills any numbers as t() interpolates them, in both languages', () => {
    const ts = LANGUAGES.map((lng) => createI18n(lng).getFixedT(lng, 'wizard'));
    const bads = ts.map((t) => templateParts((holes) => t('tables.identityBad', { ...holes, column: '法人' }), ['diff', 'left', 'right']));
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (left, right) => {
        const values = { diff: Math.abs(left - right), left, right };
        ts.forEach((t, i) =>
          expect(fill(bads[i] as (typeof bads)[number], values)).toBe(t('tables.identityBad', { column: '法人', ...values })),
        );
      }),
    );
  });
});
