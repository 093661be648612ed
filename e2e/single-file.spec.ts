/**
 * The offline form: dist-single/nianbao.html opened straight from disk (file://, no server), as
 * from a USB stick: fill, autosave across a reload, export Word, save, start anew and reopen.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { exportDraftCopy, saveDraftFile, typeInto } from './helpers.ts';

const SINGLE = pathToFileURL(resolve('dist-single/nianbao.html')).href;
const organ = (page: import('@playwright/test').Page) => page.getByLabel('机关名称');
const firstCell = '一、本年新收政府信息公开申请数量 自然人';

test('the single HTML file works from file://: fill, reload, export, save, new, reopen, English', async ({ page }) => {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => void d.accept());

  await page.goto(SINGLE);
  await typeInto(organ(page), '临淄区金山镇人民政府');
  await typeInto(page.getByLabel('报告年度'), '2024');
  await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
  await typeInto(page.getByLabel(firstCell, { exact: true }), '7');
  await expect(page.getByLabel('一、本年新收政府信息公开申请数量 总计（自动计算）', { exact: true })).toHaveText('7');

  // localStorage works for a file:// page in Chromium: the autosave survives a reload.
  await expect(page.getByRole('status').filter({ hasText: /已自动保存 \d\d:\d\d:\d\d/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(firstCell, { exact: true })).toHaveValue('7');

  // Export Word: the docx code is inside the file too.
  await page.getByRole('button', { name: '检查与导出' }).click();
  const word = await exportDraftCopy(page, test.info());
  expect(word.name).toBe('临淄区金山镇人民政府2024年政府信息公开工作年度报告（草稿）.docx');
  expect(readFileSync(word.path).subarray(0, 2).toString()).toBe('PK');

  // Save, start anew, reopen the saved file.
  const draft = await saveDraftFile(page, test.info());
  await page.getByRole('button', { name: '新建' }).click();
  await expect(organ(page)).toHaveValue('');
  await page.getByTestId('draft-file-input').setInputFiles(draft);
  await page.getByRole('dialog', { name: '打开这个草稿？' }).getByRole('button', { name: '打开' }).click();
  await expect(organ(page)).toHaveValue('临淄区金山镇人民政府');
  await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
  await expect(page.getByLabel(firstCell, { exact: true })).toHaveValue('7');

  // Both languages are inside.
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Nianbao' })).toBeVisible();

  // Nothing was blocked by the page's policy, and nothing was fetched from anywhere but the file.
  expect(problems).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
});
