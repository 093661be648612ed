import { describe, expect, it } from 'vitest';
import { resources } from './resources.ts';
import { createI18n } from './index.ts';

// Keys are joined with '/' because rule ids contain dots.
function entries(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}/${k}` : k));
}
const keys = (value: unknown) => entries(value).map(([k]) => k);
/** English plural forms (`x_one` beside `x`): i18next picks `x_one` for a count of 1 and falls back to `x`. */
const PLURAL_ONE = /_one$/;

describe('locales', () => {
  it('zh-CN and en have exactly the same keys (besides English singular forms, each beside its plural)', () => {
    const en = keys(resources.en);
    expect(en.filter((k) => !PLURAL_ONE.test(k)).sort()).toEqual(keys(resources['zh-CN']).sort());
    for (const one of en.filter((k) => PLURAL_ONE.test(k))) expect(en).toContain(one.replace(PLURAL_ONE, ''));
  });

  it('counts in English agree in number', () => {
    const en = createI18n('en');
    expect(en.t('rules:table.blank', { table: '三', count: 1 })).toContain('1 blank cell (');
    expect(en.t('export:errorsTitle', { count: 1 })).toContain('1 error;');
    expect(en.t('export:errorsTitle', { count: 2 })).toContain('2 errors;');
    expect(en.t('wizard:review.warningCount', { count: 1 })).toBe('1 warning');
    expect(en.t('wizard:review.warningCount', { count: 0 })).toBe('0 warnings');
    expect(createI18n('zh-CN').t('wizard:review.warningCount', { count: 1 })).toBe('1个提示');
  });

  it('no translation is empty', () => {
    for (const locale of Object.values(resources)) {
      const empty = entries(locale).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('interpolates in both languages', () => {
    expect(createI18n('zh-CN').t('rules:table.blank', { table: '三', count: 3 })).toContain('表三有3个单元格未填写');
    expect(createI18n('en').t('rules:table.blank', { table: '三', count: 3 })).toContain('Table 三 has 3 blank cells');
  });
});
