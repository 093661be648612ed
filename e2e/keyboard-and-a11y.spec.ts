import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { STEP_TITLES, openWithDraft, seed003Text } from './helpers.ts';

test('every step passes an axe scan and is screenshotted (seed 003, Chinese, 1280×800)', async ({ page }) => {
  await openWithDraft(page, seed003Text());
  for (const [i, title] of STEP_TITLES.entries()) {
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await page.waitForTimeout(400);
    const result = await new AxeBuilder({ page }).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `step ${title}`,
    ).toEqual([]);
    await page.screenshot({ path: `artifacts/screenshots/${String(i + 1).padStart(2, '0')}-${title}.png` });
  }
});

test('the whole wizard can be walked with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  // Type the organ's name: Tab from the top of the page reaches it.
  const organ = page.getByLabel('机关名称');
  for (let i = 0; i < 40 && !(await organ.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.type('某某镇人民政府');
  await expect(organ).toHaveValue('某某镇人民政府');

  for (const title of STEP_TITLES.slice(1)) {
    // Reach the Next button with Tab only, then press Enter.
    const next = page.getByRole('button', { name: '下一步', exact: true });
    for (let i = 0; i < 400 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    if (title.startsWith('三、')) {
      // In the table, Tab reaches the first cell; arrows and Enter move between cells.
      const first = page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true });
      for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await page.keyboard.type('3');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.type('1');
      await page.keyboard.press('Enter');
      await page.keyboard.type('2');
      await expect(first).toHaveValue('3');
      await expect(page.getByLabel('一、本年新收政府信息公开申请数量 法人或其他组织 商业企业', { exact: true })).toHaveValue('1');
      await expect(page.getByLabel('二、上年结转政府信息公开申请数量 法人或其他组织 商业企业', { exact: true })).toHaveValue('2');
      await expect(page.getByLabel('一、本年新收政府信息公开申请数量 总计（自动计算）', { exact: true })).toHaveText('4');
    }
  }
  await expect(page.locator('.step-nav').getByRole('button', { name: '下一步' })).toHaveCount(0);
});
