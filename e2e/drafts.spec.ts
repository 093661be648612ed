import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { autosavedReport, stepButton, typeInto } from './helpers.ts';

const organ = (page: import('@playwright/test').Page) => page.getByLabel('机关名称');
const firstCell = '一、本年新收政府信息公开申请数量 自然人';

test('reloading mid-way loses nothing typed, and returns to the same step', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await typeInto(organ(page), '临淄区金山镇人民政府');
  await stepButton(page, '三、收到和处理政府信息公开申请情况').click();
  await typeInto(page.getByLabel(firstCell, { exact: true }), '7');
  await expect(page.getByRole('status').filter({ hasText: /已自动保存 \d\d:\d\d:\d\d/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
  await expect(page.getByLabel(firstCell, { exact: true })).toHaveValue('7');
  await stepButton(page, '基本信息').click();
  await expect(organ(page)).toHaveValue('临淄区金山镇人民政府');
});

test('save the draft, start a new one, open the saved file: everything is back', async ({ page }) => {
  await page.goto('/');
  await typeInto(organ(page), '临淄区金山镇人民政府');
  await typeInto(page.getByLabel('报告年度'), '2024');
  await stepButton(page, '三、收到和处理政府信息公开申请情况').click();
  await typeInto(page.getByLabel(firstCell, { exact: true }), '3');

  // 新建 with unsaved work asks first; cancelling keeps everything.
  await page.getByRole('button', { name: '新建' }).click();
  await expect(page.getByRole('alertdialog', { name: '新建报告？' })).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByLabel(firstCell, { exact: true })).toHaveValue('3');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存草稿' }).click()]);
  expect(download.suggestedFilename()).toBe('临淄区金山镇人民政府-2024-年报草稿.json');
  const path = test.info().outputPath('draft.json');
  await download.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8')).report.tables.t3.newReceived.natural).toBe(3);

  // Saved to a file: 新建 no longer needs to ask.
  await page.getByRole('button', { name: '新建' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  await expect(organ(page)).toHaveValue('');

  await page.getByTestId('draft-file-input').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: '打开这个草稿？' });
  await expect(dialog).toContainText('临淄区金山镇人民政府');
  await expect(dialog).toContainText('2024');
  await dialog.getByRole('button', { name: '打开' }).click();
  await expect(organ(page)).toHaveValue('临淄区金山镇人民政府');
  await stepButton(page, '三、收到和处理政府信息公开申请情况').click();
  await expect(page.getByLabel(firstCell, { exact: true })).toHaveValue('3');
});

test('opening a corrupted file shows the specific error and keeps the current work', async ({ page }) => {
  await page.goto('/');
  await typeInto(organ(page), '某镇人民政府');
  await page.getByTestId('draft-file-input').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "nianbao-draft", "version": 1, "report": {"organ": {'),
  });
  const alert = page.getByRole('alertdialog', { name: '无法打开草稿' });
  await expect(alert).toContainText('文件不完整');
  await alert.getByRole('button', { name: '关闭' }).click();
  await expect(organ(page)).toHaveValue('某镇人民政府');
  expect(((await autosavedReport(page)).organ as { name: string }).name).toBe('某镇人民政府');
});

test('leaving with work never saved to a file triggers the browser prompt', async ({ page }) => {
  await page.goto('/');
  await typeInto(organ(page), '某镇人民政府');
  const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.accept())));
  await page.reload();
  expect(await dialog).toBe('beforeunload');
});

test('a second tab writing the same draft is detected and the user is told', async ({ page, context }) => {
  await page.goto('/');
  await typeInto(organ(page), '甲');
  await autosavedReport(page);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByLabel('机关名称')).toHaveValue('甲');
  await typeInto(other.getByLabel('机关名称'), '乙');
  await expect(page.getByRole('alert').filter({ hasText: '另一个标签页修改了同一份草稿' })).toBeVisible();
  await page.getByRole('button', { name: '载入另一页的内容' }).click();
  await expect(organ(page)).toHaveValue('乙');
});
