import { describe, expect, it } from 'vitest';
import { resources } from './resources.ts';
import { createI18n } from './index.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('locales', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keys(resources.en).sort()).toEqual(keys(resources['zh-CN']).sort());
  });

  it('no translation is empty', () => {
    for (const locale of Object.values(resources)) {
      // Walk the values rather than split keys on dots: rule ids such as `table.identity` contain dots.
      const strings = (value: unknown): string[] =>
        typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];
      const empty = strings(locale).filter((v) => v.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('interpolates in both languages', () => {
    expect(createI18n('zh-CN').t('rules:table.blank', { table: '三', count: 3 })).toContain('表三有3个单元格未填写');
    expect(createI18n('en').t('rules:table.blank', { table: '三', count: 3 })).toContain('Table 三 has 3 blank cells');
  });
});
