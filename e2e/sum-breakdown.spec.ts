/**
 * Issue 16 in the built app: a 汇总 draft shows, for any cell, which units contributed what. Three
 * unit drafts (seeds 000, 002, 003; 003 with one cell left blank) are summed in 批量检查; in table
 * 三 a cell's breakdown lists each unit's figure and the sum worked out by hand, a 总计 cell lists
 * each unit's own total, and a figure typed over the sum is said to be changed. A draft that is not
 * a 汇总 shows no such button.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { parseDraft, serializeDraft, withInput, getInput } from '../src/report/index.ts';
import AxeBuilder from '@axe-core/playwright';
import { autosavedReport, openWithDraft, seed003Text, stepButton } from './helpers.ts';

const SEEDS = 'src/report/fixtures/seeds';
const TABLE3 = '三、收到和处理政府信息公开申请情况';
const ORGANS = ['威海临港经济技术开发区蔄山镇人民政府', '威海市环翠区人民政府', '临淄区金山镇人民政府'];
const commercial = { table: 't3', row: 'newReceived', column: 'commercial' } as const;

/** The three unit files: 002 and 000 as published, 003 with 本年新收 商业企业 left blank. */
function unitFiles(testInfo: TestInfo): string[] {
  const jinshan = parseDraft(readFileSync(join(SEEDS, '003-jinshan-2024.draft.json'), 'utf8'));
  if (!jinshan.ok) throw new Error('seed 003 does not open');
  // Filled (0) as published: the blank below is this test's own.
  expect(getInput(jinshan.draft.report.tables, commercial)).toBe(0);
  const blanked = testInfo.outputPath('003-jinshan-blank.draft.json');
  writeFileSync(blanked, serializeDraft({ ...jinshan.draft.report, tables: withInput(jinshan.draft.report.tables, commercial, null) }));
  return [join(SEEDS, '000-mashan-2024.draft.json'), join(SEEDS, '002-huancui-2024.draft.json'), blanked];
}

const cellOf = (page: Page, id: string) => page.locator('td', { has: page.locator(`[data-cell="${id}"]`) });

/** Each unit's row of the breakdown, then the 合计 row, as the dialog shows them. */
async function expectRows(dialog: Locator, figures: string[], total: string) {
  const rows = dialog.locator('tbody tr');
  await expect(rows).toHaveCount(ORGANS.length);
  for (const [i, organ] of ORGANS.entries()) {
    await expect(rows.nth(i).locator('th')).toContainText(organ);
    await expect(rows.nth(i).locator('td')).toHaveText(figures[i] ?? '');
  }
  await expect(dialog.locator('tfoot tr')).toHaveText(`合计${total}`);
}

test('汇总 of three units: a cell’s breakdown, a total’s breakdown, and a figure changed since', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: '批量检查' }).click();
  await page.getByLabel('选择文件', { exact: true }).setInputFiles(unitFiles(testInfo));
  await expect(page.getByRole('status').filter({ hasText: '已读取 3/3 份' })).toBeVisible({ timeout: 60_000 });
  for (const row of await page.locator('tr.batch-row').all()) await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: '汇总所选（3份）' }).click();
  await page.getByRole('dialog', { name: '汇总所选单位的统计表' }).getByLabel('汇总后的机关名称').click();
  await page.keyboard.type('某县人民政府');
  await page.getByRole('button', { name: '生成汇总草稿' }).click();
  await expect(page.getByRole('heading', { name: '基本信息' })).toBeVisible();
  // The units' figures are in the draft itself (autosaved, and so in a saved file).
  const saved = (await autosavedReport(page)) as { aggregate?: { units: { organ: string }[] } };
  expect(saved.aggregate?.units.map((u) => u.organ)).toEqual(ORGANS);
  await stepButton(page, TABLE3).click();

  // 本年新收 自然人: 0 + 152 + 3 = 155. Reached from its input with Tab, opened with Enter.
  const natural = page.locator('[data-cell="t3.newReceived.natural"]');
  await natural.focus();
  await page.keyboard.press('Tab');
  const mark = cellOf(page, 't3.newReceived.natural').getByRole('button');
  await expect(mark).toBeFocused();
  await expect(mark).toHaveAccessibleName('“一、本年新收政府信息公开申请数量 自然人”的汇总明细');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^汇总明细：/ });
  await expect(dialog).toContainText('本单元格由以下3个单位汇总：');
  await expectRows(dialog, ['0', '152', '3'], '155');
  await expect(dialog).toContainText('与各单位之和一致');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(mark).toBeFocused();

  // 商业企业: 金山镇 left it blank (未填); 0 + 1 + blank = 1.
  await cellOf(page, 't3.newReceived.commercial').getByRole('button').click();
  await expectRows(dialog, ['0', '1', '未填'], '1');
  await dialog.getByRole('button', { name: '关闭' }).click();

  // The 总计 of 本年新收: each unit's own total, 0 + 156 + 3 = 159.
  const totalMark = cellOf(page, 't3.newReceived.total').getByRole('button');
  await totalMark.click();
  await expect(dialog).toContainText('本单元格自动计算，由以下3个单位各自的合计汇总：');
  await expectRows(dialog, ['0', '156', '3'], '159');
  await page.keyboard.press('Escape');

  // The reviewer corrects the figure: typed over the sum, key by key.
  await natural.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('160');
  await page.keyboard.press('Enter');
  await expect(mark).toHaveAttribute('data-edited', '');
  await expect(mark).toHaveAccessibleName('“一、本年新收政府信息公开申请数量 自然人”的汇总明细（已修改）');
  await mark.click();
  await expectRows(dialog, ['0', '152', '3'], '155');
  await expect(dialog).toContainText('已修改：汇总值为 155，现为 160');
  await page.screenshot({ path: 'artifacts/screens/sum-breakdown.png' });
  const scan = await new AxeBuilder({ page }).analyze();
  const serious = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  // Its total follows: 159 summed, 164 now.
  await totalMark.click();
  await expect(dialog).toContainText('已修改：汇总值为 159，现为 164');
  await page.keyboard.press('Escape');
  // A cell nobody changed is not marked.
  await expect(cellOf(page, 't3.newReceived.research').getByRole('button')).not.toHaveAttribute('data-edited');
});

test('a draft that is not a 汇总 has no breakdown buttons in its tables', async ({ page }) => {
  await openWithDraft(page, seed003Text());
  await stepButton(page, TABLE3).click();
  await expect(page.locator('[data-cell="t3.newReceived.natural"]')).toBeVisible();
  await expect(page.locator('.sum-mark')).toHaveCount(0);
});
