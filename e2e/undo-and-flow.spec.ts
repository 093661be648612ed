/**
 * Undo and redo of every kind of change (typing, paste, 填0, carry-forward, import), dialogs at
 * 1366×768 in both languages, the first screen without errors, the skip link, the save confirmation.
 * Screenshots of the changed screens go to artifacts/screens/.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openWithDraft, startNextYearFromCurrent, stepButton } from './helpers.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const TABLE3 = '三、收到和处理政府信息公开申请情况';
const OVERVIEW = '一、总体情况';
const seed001Text = readFileSync('src/import/fixtures/seed-001-zeku-2023.txt', 'utf8');
const seed002Draft = readFileSync('src/report/fixtures/seeds/002-huancui-2024.draft.json', 'utf8');
const shot = (page: Page, name: string) => page.screenshot({ path: `artifacts/screens/${name}.png` });

/** A real paste: a ClipboardEvent carrying the text, dispatched on the focused element. */
async function paste(target: Locator, text: string): Promise<void> {
  await target.evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

const cell = (page: Page, row: string, column: string) => page.getByLabel(`${row} ${column}`, { exact: true });

test('first load: no step is in error and nothing on the first step is red', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  await expect(page.locator('.status-badge')).not.toContainText(['有错误']);
  await expect(page.locator('.status-error, .field-note-error, [aria-invalid="true"]')).toHaveCount(0);
  await shot(page, 'first-load');
});

test('table 三: undo and redo a typed cell, a paste and 填0', async ({ page }) => {
  await page.goto('/');
  await stepButton(page, TABLE3).click();
  const natural = cell(page, '一、本年新收政府信息公开申请数量', '自然人');
  const carried = cell(page, '二、上年结转政府信息公开申请数量', '自然人');
  const carriedFirm = cell(page, '二、上年结转政府信息公开申请数量', '法人或其他组织 商业企业');
  await natural.click();
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');

  await carried.click();
  await paste(carried, '3\t4\r\n');
  await expect(carried).toHaveValue('3');
  await expect(carriedFirm).toHaveValue('4');
  const undo = page.getByRole('button', { name: '撤销：粘贴' });
  await expect(undo).toBeVisible();
  await shot(page, 'undo-after-paste');
  await undo.click();
  await expect(carried).toHaveValue('');
  await expect(carriedFirm).toHaveValue('');
  await expect(natural).toHaveValue('12');
  await page.getByRole('button', { name: '重做：粘贴' }).click();
  await expect(carriedFirm).toHaveValue('4');

  await page.getByRole('button', { name: '填0' }).click();
  const blank = cell(page, '二、上年结转政府信息公开申请数量', '法人或其他组织 科研机构');
  await expect(blank).toHaveValue('0');
  await natural.click();
  await page.keyboard.press('Control+z');
  await expect(blank).toHaveValue('');
  await expect(carriedFirm).toHaveValue('4');
  await page.keyboard.press('Control+y');
  await expect(blank).toHaveValue('0');
  await page.keyboard.press('Control+Shift+Z');
  await expect(blank).toHaveValue('0');
  // Back past 填0 and the paste to the typed cell, which goes as one step ("12", not "1").
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(carried).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(natural).toHaveValue('');
  // History survives switching steps.
  await stepButton(page, OVERVIEW).click();
  await stepButton(page, TABLE3).click();
  await page.getByRole('button', { name: '重做：输入' }).click();
  await expect(cell(page, '一、本年新收政府信息公开申请数量', '自然人')).toHaveValue('12');
});

test('a text area: Ctrl+Z takes back what was typed since the field was entered, not a character', async ({ page }) => {
  await page.goto('/');
  await stepButton(page, OVERVIEW).click();
  const intro = page.locator('#f-narrative-overview-intro');
  await intro.click();
  await page.keyboard.type('本年度主动公开政府信息');
  await page.keyboard.press('Tab');
  await intro.click();
  await page.keyboard.press('End');
  await page.keyboard.type('共计');
  await page.keyboard.press('Control+z');
  await expect(intro).toHaveValue('本年度主动公开政府信息');
  await page.keyboard.press('Control+z');
  await expect(intro).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(intro).toHaveValue('本年度主动公开政府信息');
  // Typing after an undo and redo is recorded again.
  await page.keyboard.type('共计');
  await expect(intro).toHaveValue('本年度主动公开政府信息共计');
  await page.keyboard.press('Control+z');
  await expect(intro).toHaveValue('本年度主动公开政府信息');
});

test('carry-forward and import are one step each; undo restores the draft with its last-year figures', async ({ page }) => {
  await openWithDraft(page, seed002Draft);
  await expect(page.getByLabel('报告年度')).toHaveValue('2024');
  await startNextYearFromCurrent(page);
  await expect(page.getByLabel('报告年度')).toHaveValue('2025');
  await stepButton(page, TABLE3).click();
  const received = page.getByLabel('一、本年新收政府信息公开申请数量 总计（自动计算）', { exact: true });
  await expect(received).toHaveAccessibleDescription('上年 156');

  // Import seed 001 over it (the draft now is 2025, started from 2024).
  await page.getByRole('button', { name: '导入往年报告' }).click();
  const dialog = page.getByRole('dialog', { name: '导入往年报告' });
  await paste(dialog.getByLabel('粘贴报告全文'), seed001Text);
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('2023年度');
  await result.getByRole('button', { name: '打开2023年度报告' }).click();
  await expect(page.getByLabel('报告年度')).toHaveValue('2023');

  const undoImport = page.getByRole('button', { name: '撤销：导入往年报告' });
  await expect(undoImport).toBeVisible();
  await shot(page, 'undo-after-import');
  await undoImport.click();
  await expect(page.getByLabel('报告年度')).toHaveValue('2025');
  await stepButton(page, TABLE3).click();
  await expect(received).toHaveAccessibleDescription('上年 156');
  await page.getByRole('button', { name: '撤销：开始新一年度的报告' }).click();
  await stepButton(page, '基本信息').click();
  await expect(page.getByLabel('报告年度')).toHaveValue('2024');
  await page.getByRole('button', { name: /^重做：/ }).click();
  await expect(page.getByLabel('报告年度')).toHaveValue('2025');
  await page.keyboard.press('Control+y');
  await expect(page.getByLabel('报告年度')).toHaveValue('2023');
});

/** Every button of the open dialog lies wholly inside the window. */
async function buttonsInView(page: Page, what: string): Promise<void> {
  const dialog = page.locator('dialog[open]');
  const buttons = dialog.locator('.dialog-actions button');
  // A dialog loaded on demand (the import dialog's own chunk) appears a moment after the click.
  await expect(buttons.first(), what).toBeVisible();
  for (const button of await buttons.all()) {
    const box = await button.boundingBox();
    expect(box, what).not.toBeNull();
    if (!box) continue;
    expect(box.x, `${what}: ${await button.textContent()}`).toBeGreaterThanOrEqual(0);
    expect(box.y, `${what}: ${await button.textContent()}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: ${await button.textContent()}`).toBeLessThanOrEqual(1366);
    expect(box.y + box.height, `${what}: ${await button.textContent()}`).toBeLessThanOrEqual(768);
  }
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`dialogs at 1366×768 keep their buttons in view (${language})`, async ({ page }) => {
    await page.goto('/');
    if (language === 'en') await page.getByLabel('语言').selectOption('en');
    const zh = language === 'zh-CN';
    await page.getByRole('button', { name: zh ? '导入往年报告' : 'Import an earlier report' }).click();
    await buttonsInView(page, 'import input');
    await paste(page.locator('#import-text'), seed001Text);
    await expect(page.getByRole('dialog', { name: zh ? '导入结果' : 'Import result' })).toBeVisible();
    await buttonsInView(page, 'import result, seed 001');
    if (zh) await shot(page, 'import-result-seed-001');
    await page.keyboard.press('Escape');
    await page.locator('#f-organ-name').click();
    await page.keyboard.type('某镇人民政府');
    await page.getByRole('button', { name: zh ? '新建' : 'New', exact: true }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await buttonsInView(page, 'new: replace?');
    await page.keyboard.press('Escape');
  });
}

test('the skip link reaches the step’s first field; 保存草稿 says which file it wrote', async ({ page }) => {
  await page.goto('/');
  // The app renders once its language is ready (src/main.tsx): Tab before that reaches nothing.
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到本步骤的第一个填写项' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('机关名称')).toBeFocused();
  await page.keyboard.type('某镇人民政府');
  // The step has begun: its findings show, and the one about the six contact facts shows once.
  await expect(page.locator('.field-note').filter({ hasText: '未填写落款日期' })).toBeVisible();
  await expect(page.locator('.field-note').filter({ hasText: '开头段落缺少' })).toHaveCount(1);
  await stepButton(page, TABLE3).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: TABLE3 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cell(page, '一、本年新收政府信息公开申请数量', '自然人')).toBeFocused();

  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存草稿' }).click()]);
  const note = page.getByRole('status').filter({ hasText: '已保存草稿：' });
  await expect(note).toContainText(saved.suggestedFilename());
  await expect(note).toBeVisible();
  await shot(page, 'saved-confirmation');
});

async function axeClean(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`axe: every step with its help open, and every dialog (${language})`, async ({ page }) => {
    test.setTimeout(180_000);
    const zh = language === 'zh-CN';
    await openWithDraft(page, seed002Draft);
    if (!zh) await page.getByLabel('语言').selectOption('en');
    const steps = page.locator('nav.steps li button');
    for (let i = 0; i < (await steps.count()); i++) {
      await steps.nth(i).click();
      await page.locator('.step-help summary').click();
      await expect(page.locator('.step-help-body')).toBeVisible();
      await axeClean(page, `step ${i + 1}`);
      if (zh && i === 0) await shot(page, 'step-help-basics');
    }
    await page.getByRole('button', { name: zh ? '开始新一年度的报告' : 'Start next year’s report' }).click();
    await axeClean(page, 'new year: choose');
    if (zh) await shot(page, 'new-year-choose');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: zh ? /^当前打开的/ : /^The \d{4} draft open now$/ })
      .click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await buttonsInView(page, 'new year: replace?');
    await axeClean(page, 'new year: replace?');
    if (zh) await shot(page, 'new-year-confirm');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: zh ? '导入往年报告' : 'Import an earlier report' }).click();
    await axeClean(page, 'import input');
    await paste(page.locator('#import-text'), seed001Text);
    await expect(page.locator('dialog[open] h3').first()).toBeVisible();
    await axeClean(page, 'import result');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: zh ? '新建' : 'New', exact: true }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await axeClean(page, 'new: replace?');
    await page.keyboard.press('Escape');
  });
}
