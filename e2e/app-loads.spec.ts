import { expect, test } from '@playwright/test';

test('opens on the first wizard step in Chinese and switches to English', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '年报编制助手' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  await expect(page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 2, name: 'Basic information' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Nianbao' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Basic information' })).toBeVisible();
});
