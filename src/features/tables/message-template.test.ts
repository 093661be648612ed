import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGES } from '../../i18n/index.ts';
import { template } from './message-template.ts';

describe('template', () => {
  for (const lng of LANGUAGES) {
    it(`fills the identity messages as t() does (${lng})`, () => {
      const t = createI18n(lng).getFixedT(lng, 'wizard');
      const ok = template((holes) => t('tables.identityOk', holes), ['left', 'right']);
      const bad = template((holes) => t('tables.identityBad', { ...holes, column: '自然人' }), ['diff', 'left', 'right']);
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
