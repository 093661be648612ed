/**
 * Issue 12: a seed carried forward to next year with its hand-written opening left unchanged still
 * states last year's statistics period. 检查与导出 shows the error with a jump link to the opening,
 * and the final copy is refused until the opening is corrected.
 */
import { expect, test } from '@playwright/test';
import { openWithDraft, seed003Text, startNextYearFromCurrent, stepButton, typeDate } from './helpers.ts';

const STALE = /开头“2024年1月1日起，至2024年12月31日”写的是2024年，与报告年度2025年不符/;

test('an opening kept from 2024 in the 2025 report blocks the final copy until it is fixed', async ({ page }) => {
  await openWithDraft(page, seed003Text());
  await expect(page.getByLabel('机关名称')).toHaveValue('临淄区金山镇人民政府');
  // The draft open now is not blank: the app asks first.
  await startNextYearFromCurrent(page);
  await expect(page.getByLabel('报告年度')).toHaveValue('2025');
  await typeDate(page.getByLabel('落款日期'), '2026-01-20');

  // The new year's tables start blank: fill them with 0 (and the date is set above) so the opening is the only error left.
  for (const title of ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况']) {
    await stepButton(page, title).click();
    await page.getByRole('button', { name: '空白格全部填0' }).click();
  }

  await stepButton(page, '检查与导出').click();
  const errors = page.locator('.export-errors');
  await expect(errors).toContainText('报告还有 1 处错误');
  await expect(errors).toContainText(STALE);
  await expect(page.getByRole('button', { name: '导出Word' })).toBeDisabled();

  // The finding jumps to the opening paragraph, where it is corrected.
  await page.getByRole('link', { name: STALE }).click();
  const opening = page.getByLabel('开头段落', { exact: true });
  await expect(opening).toBeFocused();
  // As a keyboard user corrects it: to each 2024年 from the start, select the 2024, type 2025.
  const stale = (await opening.inputValue()).split('2024年').length - 1;
  for (let n = 0; n < stale; n++) {
    const at = (await opening.inputValue()).indexOf('2024年');
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('2025');
  }

  await stepButton(page, '检查与导出').click();
  await expect(page.locator('.export-clean')).toHaveText('检查通过，导出的是正式稿。');
  await expect(page.getByRole('link', { name: STALE })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导出Word' })).toBeEnabled();
});
