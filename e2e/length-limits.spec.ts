/**
 * Issue 10 §1: text over a field's limit never costs the draft. The three reproductions (a
 * 501-character organ name, 200 001 characters pasted into section 一, an imported report whose
 * section 一 has 200 001 characters) end with the text intact up to the limit after a reload and a
 * message at the field; an unreadable autosave is kept, the user is told, and recovery gives back
 * the valid fields.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { autosavedReport, openWithDraft, pasteAtCaret, pasteInto, stepButton } from './helpers.ts';

const OVERVIEW = '一、总体情况';
const seed002Text = readFileSync('src/import/fixtures/seed-002-huancui-2024.txt', 'utf8');

const lengthOf = (field: Locator) => field.evaluate((el) => (el as HTMLInputElement).value.length);

test('a 501-character organ name: typing stops at 500, says so, and the name survives a reload', async ({ page }) => {
  await page.goto('/');
  const organ = page.getByLabel('机关名称');
  await organ.click();
  await page.keyboard.type('某某县某某镇');
  await page.keyboard.insertText('镇'.repeat(495));
  await expect.poll(() => lengthOf(organ)).toBe(500);
  // The note is at the field (the signature, which follows the name, says the same).
  await expect(page.locator('#f-organ-name-limit')).toHaveText('已达到本栏上限500个字符，再输入的内容不会被接收。');
  await expect(organ).toHaveAccessibleDescription(/已达到本栏上限500个字符/);
  await page.keyboard.type('多');
  await expect.poll(() => lengthOf(organ)).toBe(500);
  const saved = await autosavedReport(page);
  expect((saved.organ as { name: string }).name).toHaveLength(500);
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue(`某某县某某镇${'镇'.repeat(494)}`);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('200 001 characters pasted into section 一: 200 000 are taken, the field says 1 was not, and they survive a reload', async ({
  page,
}) => {
  await page.goto('/');
  await stepButton(page, OVERVIEW).click();
  const intro = page.getByLabel('总体情况（导语）');
  await intro.click();
  await page.keyboard.type('本年度');
  await pasteAtCaret(page, '字'.repeat(200_001 - 3));
  await expect.poll(() => lengthOf(intro)).toBe(200_000);
  await expect(page.getByText('粘贴的内容超出本栏上限200000个字符，末尾有1个字符未被接收。')).toBeVisible();
  const saved = await autosavedReport(page);
  expect((saved.narrative as { overview: { intro: string } }).overview.intro).toHaveLength(200_000);

  await page.reload();
  await stepButton(page, OVERVIEW).click();
  const reopened = page.getByLabel('总体情况（导语）');
  await expect.poll(() => lengthOf(reopened)).toBe(200_000);
  expect(await reopened.evaluate((el) => (el as HTMLTextAreaElement).value.startsWith('本年度字字'))).toBe(true);
});

test('an imported report whose section 一 has 200 001 characters: cut to 200 000 with a finding, kept after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '导入往年报告' }).click();
  const dialog = page.getByRole('dialog', { name: '导入往年报告' });
  const long = seed002Text.replace(/(一、总体情况[^\n]*\n)/, `$1${'长'.repeat(200_001)}\n`);
  await pasteInto(dialog.getByLabel('粘贴报告全文'), long);
  const result = page.getByRole('dialog', { name: '导入结果' });
  // The paragraph joins the introduction that follows it, so more than 1 character is cut: all past the limit.
  await expect(result).toContainText(/“一、总体情况”中有一段文字长2001\d\d个字符，超过该栏上限200000个字符，已截去末尾\d+个字符/);
  await result.getByRole('button', { name: '打开2024年度报告' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('威海市环翠区人民政府');
  const saved = await autosavedReport(page);
  expect((saved.narrative as { overview: { intro: string } }).overview.intro).toBe('长'.repeat(200_000));

  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue('威海市环翠区人民政府');
  await stepButton(page, OVERVIEW).click();
  await expect.poll(() => lengthOf(page.getByLabel('总体情况（导语）'))).toBe(200_000);
});

test('an autosave that does not open is kept, the user is told, and recovery gives back the valid fields', async ({ page }) => {
  const draft = JSON.parse(readFileSync('src/report/fixtures/seeds/003-jinshan-2024.draft.json', 'utf8')) as {
    report: { organ: { name: string }; narrative: { problems: { problems: string } }; opening: { phone: unknown } };
  };
  const problems = draft.report.narrative.problems.problems;
  draft.report.organ.name = '镇'.repeat(501);
  draft.report.opening.phone = 12345;
  const stored = JSON.stringify(draft);
  await openWithDraft(page, stored);

  const alert = page.getByRole('alertdialog', { name: '浏览器中保存的草稿无法打开' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('organ.name');
  await expect(alert).toContainText('已原样另存在本浏览器中');
  // Kept under a key of its own, byte for byte, before anything else was written.
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('nianbao.unreadable.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual([stored]);

  await alert.getByRole('button', { name: '恢复可读取的内容' }).click();
  await expect(alert).toContainText('opening.phone');
  await expect(alert).toContainText('“organ.name”原有501个字符，超过上限500，已截去末尾1个字符');
  await alert.getByRole('button', { name: '完成' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('镇'.repeat(500));
  const saved = await autosavedReport(page);
  expect((saved.narrative as { problems: { problems: string } }).problems.problems).toBe(problems);
  expect((saved.organ as { name: string }).name).toBe('镇'.repeat(500));

  // The recovered draft opens after a reload; the original text is still kept until deleted.
  await page.reload();
  await expect(page.getByLabel('机关名称')).toHaveValue('镇'.repeat(500));
  const stillKept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('nianbao.unreadable.')).length);
  expect(stillKept).toBe(1);
});
