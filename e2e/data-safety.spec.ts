/**
 * Data safety: hostile draft files change nothing, a browser that refuses storage says so, and a
 * page killed mid-typing comes back with the last autosave.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { autosavedReport, stepButton, typeInto } from './helpers.ts';

const organ = (page: import('@playwright/test').Page) => page.getByLabel('机关名称');
const firstCell = '一、本年新收政府信息公开申请数量 自然人';

const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
const HOSTILE: { name: string; body: Buffer; message: RegExp }[] = [
  { name: 'binary.json', body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00, 0x13, 0x37]), message: /不是|无法/ },
  { name: 'empty.json', body: Buffer.from(''), message: /空/ },
  { name: 'deep.json', body: Buffer.from(deep), message: /不是|无法/ },
  { name: 'huge.json', body: Buffer.alloc(6 * 1024 * 1024, 0x20), message: /太大|MB/ },
  {
    name: 'proto.json',
    body: Buffer.from(
      '{"format":"nianbao-draft","version":1,"savedAt":"2025-01-01T00:00:00Z","app":{"name":"x","version":"1"},"report":{"__proto__":{"polluted":true}}}',
    ),
    message: /report/,
  },
  { name: 'future.json', body: Buffer.from('{"format":"nianbao-draft","version":99,"report":{}}'), message: /新版本|版本/ },
  {
    name: 'wrong-type.json',
    body: Buffer.from(
      JSON.stringify({
        format: 'nianbao-draft',
        version: 1,
        savedAt: '2025-01-01T00:00:00Z',
        app: { name: 'x', version: '1' },
        report: { organ: { name: '<img src=x onerror=alert(1)>', kind: 'township' }, year: '二〇二四' },
      }),
    ),
    message: /report/,
  },
];

test('hostile draft files each show a message and leave the current draft untouched', async ({ page }) => {
  let alerts = 0;
  page.on('dialog', (d) => (alerts++, void d.dismiss()));
  await page.goto('/');
  await typeInto(organ(page), '某镇人民政府');
  await stepButton(page, '三、收到和处理政府信息公开申请情况').click();
  await typeInto(page.getByLabel(firstCell, { exact: true }), '5');
  const before = await autosavedReport(page);
  for (const file of HOSTILE) {
    await page.getByTestId('draft-file-input').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.body });
    const alert = page.getByRole('alertdialog', { name: '无法打开草稿' });
    await expect(alert, file.name).toBeVisible();
    await expect(alert, file.name).toContainText(file.message);
    await expect(alert).toContainText('当前的内容没有任何改动');
    await alert.getByRole('button', { name: '关闭' }).click();
    await expect(page.getByLabel(firstCell, { exact: true })).toHaveValue('5');
  }
  expect(await autosavedReport(page)).toEqual(before);
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  expect(alerts).toBe(0);
});

test('storage that refuses writes: the user is told autosave is off and to save a file; nothing is lost', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: '自动保存已关闭' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('保存草稿');
  await expect(page.getByRole('status').filter({ hasText: '自动保存已关闭' })).toBeVisible();

  await typeInto(organ(page), '某镇人民政府');
  await page.waitForTimeout(900);
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toHaveCount(0);
  // The work is still there to save as a file, and leaving would ask first.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存草稿' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^某镇人民政府-/);
  await typeInto(organ(page), '某镇人民政府（改）');
  const prompt = new Promise<string>((resolve) => page.once('dialog', (d) => (resolve(d.type()), void d.dismiss())));
  await page.evaluate(() => location.reload());
  expect(await prompt).toBe('beforeunload');
});

test('storage that throws on every access (disabled storage) still lets the wizard run and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: '自动保存已关闭' })).toBeVisible();
  await typeInto(organ(page), '某镇人民政府');
  await expect(organ(page)).toHaveValue('某镇人民政府');
});

test('a browser killed mid-typing reopens with the last autosave; the help states the window of loss', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-crash-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: test.info().project.use.launchOptions?.executablePath,
      args: test.info().project.use.launchOptions?.args,
      locale: 'zh-CN',
      baseURL,
    });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    // A text field: 20 digits in a count cell are no count (too large), and stay out of the draft.
    const field = organ(page);
    await field.focus();
    // Type steadily, a key every 150 ms for 3 s: the autosave must not wait for a pause.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press(String((i % 9) + 1));
      await page.waitForTimeout(150);
    }
    const typed = await field.inputValue();
    const saved = await page.evaluate(() => localStorage.getItem('nianbao.autosave'));
    const savedValue = (JSON.parse(saved ?? '{}') as { report?: { organ: { name: string } } }).report?.organ.name ?? '';
    // Saved while typing went on (a pause-only autosave would have saved nothing yet).
    expect(savedValue.length).toBeGreaterThan(0);
    // Kill the page: its renderer crashes, so no unload or pagehide handler runs.
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    // The call never answers: the page it would answer from is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    const restored = await organ(page).inputValue();
    // At least what had been autosaved before the kill; the most recent keys may be lost.
    expect(restored.length).toBeGreaterThanOrEqual(savedValue.length);
    expect(typed.startsWith(restored)).toBe(true);
    await page.getByText('关于自动保存').click();
    await expect(page.locator('.save-help')).toContainText('最多丢失最后约2秒内的输入');
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
