/**
 * Nothing leaves the machine: every request of a full session goes to the app's own origin, and
 * the built app's Content-Security-Policy is never violated (so it is both strict and sufficient).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SECTIONS } from '../src/report/definition/index.ts';
import { SEED_003_PATH, pasteInto, stepButton, typeDate, typeInto } from './helpers.ts';

test('a full session (import, open, fill, check, export, save, new, language) makes no request to another origin and no CSP violation', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  const consoleProblems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) consoleProblems.push(m.text());
  });
  page.on('pageerror', (e) => consoleProblems.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });

  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);

  // Import last year's published report by pasting it (the importer chunk loads on demand).
  await page.getByRole('button', { name: '导入往年报告' }).click();
  await pasteInto(
    page.getByRole('dialog', { name: '导入往年报告' }).getByLabel('粘贴报告全文'),
    readFileSync('src/import/fixtures/seed-002-huancui-2024.txt', 'utf8'),
  );
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '打开2024年度报告' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('威海市环翠区人民政府');

  // Open a saved draft, then change it.
  await page.getByTestId('draft-file-input').setInputFiles(SEED_003_PATH);
  await page.getByRole('dialog', { name: '打开这个草稿？' }).getByRole('button', { name: '打开' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('临淄区金山镇人民政府');
  await typeInto(page.getByLabel('电话', { exact: true }), '0533-1234567');
  // Dated, so 导出Word makes the final copy (the seed's source had no 落款日期).
  await typeDate(page.getByLabel('落款日期'), '2025-01-20');
  for (const section of SECTIONS) {
    await stepButton(page, section.heading).click();
  }
  await stepButton(page, '检查与导出').click();
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出Word' }).click()]);
  expect(word.suggestedFilename()).toMatch(/\.docx$/);
  const [draft] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存草稿' }).click()]);
  expect(draft.suggestedFilename()).toMatch(/\.json$/);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Nianbao' })).toBeVisible();

  const origin = new URL(baseURL ?? '').origin;
  const elsewhere = requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin);
  expect(requests.length).toBeGreaterThan(1);
  expect(elsewhere).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(consoleProblems).toEqual([]);
});
