import { describe, expect, it } from 'vitest';
import { resources } from './resources.ts';
import { createI18n } from './index.ts';

// Keys are joined with '/' because rule ids contain dots.
function entries(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}/${k}` : k));
}
const keys = (value: unknown) => entries(value).map(([k]) => k);

describe('locales', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(resources.en).sort()).toEqual(keys(resources['zh-CN']).sort());
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
