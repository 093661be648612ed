/**
 * Issue 11 in the built app's import dialog: a real corpus report whose 结转 row has a blank cell
 * (../shared/corpus/05, beside the repository as in CI) keeps the blank and says so; a 万元 amount
 * printed with six decimals arrives whole in table 二.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { autosavedReport, pasteInto, stepButton, typeInto } from './helpers.ts';

/** Missing corpus: the read throws, and the test fails rather than skips. */
const corpus05 = readFileSync('../shared/corpus/05_pingtan_jinjing_pianqu_2024.txt', 'utf8');
const sixDecimals = readFileSync('src/import/fixtures/fees-six-decimals.txt', 'utf8');

async function pasteReport(page: Page, text: string): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('button', { name: '导入往年报告' }).click();
  const dialog = page.getByRole('dialog', { name: '导入往年报告' });
  await pasteInto(dialog.getByLabel('粘贴报告全文'), text);
  return page.getByRole('dialog', { name: '导入结果' });
}

test('corpus 05: the blank 商业企业 cell of the 结转 row stays blank and is named', async ({ page }) => {
  const result = await pasteReport(page, corpus05);
  await expect(result.getByTestId('import-organ')).toHaveText('平潭综合实验区金井片区管理局');
  await expect(result).toContainText('三、收到和处理政府信息公开申请情况：已导入 (144/144个单元格)');
  await expect(result).toContainText('原报告表三有1个单元格是空白的，已留空，请核实后填写：“四、结转下年度继续办理”（商业企业）');
  await result.getByRole('button', { name: '打开2024年度报告' }).click();
  await stepButton(page, '三、收到和处理政府信息公开申请情况').click();
  const row = '四、结转下年度继续办理';
  await expect(page.getByLabel(`${row} 法人或其他组织 商业企业`, { exact: true })).toHaveValue('');
  await expect(page.getByLabel(`${row} 法人或其他组织 科研机构`, { exact: true })).toHaveValue('0');
  await expect(page.getByLabel(`${row} 自然人`, { exact: true })).toHaveValue('0');
  await expect(page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true })).toHaveValue('8');
});

test('a 万元 amount printed with six decimals is imported whole', async ({ page }) => {
  const result = await pasteReport(page, sixDecimals);
  await result.getByRole('button', { name: '打开2024年度报告' }).click();
  await stepButton(page, '二、主动公开政府信息情况').click();
  const amount = page.getByLabel('行政事业性收费 本年收费金额（单位：万元）', { exact: true });
  await expect(amount).toHaveValue('24252.311082');
  await typeInto(amount, '4166.241619');
  await expect(amount).toHaveValue('4166.241619');
  // Kept in the draft as typed: six decimals are a valid amount, not refused.
  await amount.blur();
  await expect
    .poll(async () => ((await autosavedReport(page)).tables as { t2: { fees: { amount: unknown } } }).t2.fees.amount)
    .toBe('4166.241619');
});
