/**
 * Issue 12: a township sets its publication deadline in 基本信息 by typing it, sees the days left on
 * the first step, then types a 落款日期 after it: 检查与导出 warns, and the warning's link jumps
 * back to the date field. The page's clock is fixed, so "days left" is known.
 */
import { expect, test } from '@playwright/test';
import { autosavedReport, openWithDraft, seed003Text, stepButton, typeDate } from './helpers.ts';

const LATE = /落款日期2025-02-20晚于基本信息中设定的发布期限2025-02-15/;

test('a deadline typed in 基本信息 shows the days left, and a later 落款日期 is warned with a jump link', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2025, 1, 1, 10, 0));
  await openWithDraft(page, seed003Text());
  await expect(page.getByLabel('机关名称')).toHaveValue('临淄区金山镇人民政府');

  // A township has no statutory deadline: the box is empty and says so.
  const deadline = page.getByLabel('发布期限');
  await expect(deadline).toHaveValue('');
  await expect(page.getByText('乡镇、街道的发布期限以上级通知为准，请填写。')).toBeVisible();

  await typeDate(deadline, '2025-02-15');
  await expect(deadline).toHaveValue('2025-02-15');
  await expect(page.getByTestId('deadline-days')).toHaveText('距发布期限还有14天。');

  const date = page.getByLabel('落款日期');
  await typeDate(date, '2025-02-20');
  await expect(date).toHaveValue('2025-02-20');
  // The warning shows at the field at once.
  await expect(page.locator('#f-signature-date-note')).toContainText(LATE);

  await stepButton(page, '检查与导出').click();
  const link = page.getByRole('link', { name: LATE });
  await expect(link).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('review.png') });
  await link.click();
  await expect(date).toBeFocused();
  await expect(page.getByTestId('deadline-days')).toHaveText('距发布期限还有14天。');

  // Clearing the deadline returns the township to "no deadline": the warning goes.
  // Backspace empties the focused segment, and a date with a segment missing is no date.
  await deadline.focus();
  await page.keyboard.press('Backspace');
  await expect(deadline).toHaveValue('');
  await expect(page.getByTestId('deadline-days')).toHaveCount(0);
  await stepButton(page, '检查与导出').click();
  await expect(page.getByRole('link', { name: LATE })).toHaveCount(0);

  // A department's statutory deadline (31 January) is prefilled as a suggestion, not stored.
  await stepButton(page, '基本信息').click();
  await page.getByLabel('机关类型').selectOption({ label: '县级以上人民政府部门' });
  await expect(deadline).toHaveValue('2025-01-31');
  await expect(page.getByTestId('deadline-days')).toHaveText('已超过发布期限1天。');
  await expect(page.getByText(/应于2025年1月31日前发布/)).toBeVisible();
  // …and the 落款日期 is now held to it.
  await expect(page.locator('#f-signature-date-note')).toContainText('落款日期2025-02-20晚于法定发布期限2025-01-31');
  await page.getByRole('group', { name: '落款' }).screenshot({ path: test.info().outputPath('deadline.png') });
  const saved = (await autosavedReport(page)).signature as { deadline?: string };
  expect(saved.deadline ?? '').toBe('');
});
