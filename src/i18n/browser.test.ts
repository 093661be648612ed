import { describe, expect, it } from 'vitest';
import { createBrowserI18n, switchLanguage } from './browser.ts';

describe('browser i18n', () => {
  it('starts in Chinese without the English resources', async () => {
    const i18n = await createBrowserI18n('zh-CN');
    expect(i18n.t('appName')).toBe('年报编制助手');
    expect(i18n.hasResourceBundle('en', 'common')).toBe(false);
  });

  it('starts in English with them loaded before it resolves', async () => {
    const i18n = await createBrowserI18n('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('appName')).toBe('Nianbao');
  });

  it('loads English on the first switch, every namespace, and switches back', async () => {
    const i18n = await createBrowserI18n('zh-CN');
    await switchLanguage(i18n, 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('rules:table.blank', { table: '三', count: 3 })).toContain('Table 三 has 3 blank cells');
    await switchLanguage(i18n, 'zh-CN');
    expect(i18n.t('appName')).toBe('年报编制助手');
  });
});
