/**
 * The browsers town-office PCs run: dual-core browsers told to use their Chromium kernel, an older
 * kernel without the newest APIs, and a plain message (never a blank page) below the floor.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { exportDraftCopy, saveDraftFile, stepButton } from './helpers.ts';

const builtPages = () => [readFileSync('dist/index.html', 'utf8'), readFileSync('dist-single/nianbao.html', 'utf8')];

test('both builds tell dual-core browsers to use the Chromium kernel', () => {
  for (const html of builtPages()) {
    expect(html).toContain('<meta name="renderer" content="webkit"');
    expect(html).toContain('<meta http-equiv="X-UA-Compatible" content="IE=edge"');
    expect(html).toContain('id="browser-check"');
  }
});

test('the built code calls no API newer than Chromium 86, dependencies included', () => {
  const bundles = [
    ...readdirSync('dist/assets')
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(`dist/assets/${f}`, 'utf8')),
    ...builtPages(),
  ];
  const aboveFloor =
    /\bstructuredClone\(|\.findLast(?:Index)?\(|\.at\(-?\d|\bObject\.hasOwn\(|\.to(?:Sorted|Reversed|Spliced)\(|\bObject\.groupBy\(|\bArray\.fromAsync\(/g;
  // pdf.js (loaded only when a PDF is opened) calls them after src/import/pdf/polyfills.ts has
  // defined any that are missing: its chunks, and the same code inlined in the single file, are
  // left out here and run without those APIs in e2e/import-gbk-pdf.spec.ts.
  const pdfJs = readdirSync('dist/assets')
    .filter((f) => /^pdf(?:\.worker)?-.*\.js$/.test(f))
    .flatMap((f) => readFileSync(`dist/assets/${f}`, 'utf8').match(aboveFloor) ?? []);
  expect(pdfJs.length).toBeGreaterThan(0);
  const found = bundles.flatMap((code) => code.match(aboveFloor) ?? []);
  for (const call of [...pdfJs, ...pdfJs]) found.splice(found.indexOf(call), found.includes(call) ? 1 : 0);
  expect(found).toEqual([]);
});

/** Remove what Chromium 86 lacks before any script of the page runs. */
async function asChromium86(page: Page) {
  await page.addInitScript(() => {
    const remove = (owner: object, name: string) => Reflect.deleteProperty(owner, name);
    remove(globalThis, 'structuredClone');
    remove(Array.prototype, 'findLast');
    remove(Array.prototype, 'findLastIndex');
    remove(Array.prototype, 'at');
    remove(String.prototype, 'at');
    remove(Object, 'hasOwn');
  });
}

test('without structuredClone, findLast and .at() the app fills, checks, exports and saves', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await asChromium86(page);
  await page.goto('/');
  await expect(page.evaluate(() => typeof structuredClone)).resolves.toBe('undefined');
  await expect(page.locator('#browser-check')).toBeHidden();

  await page.getByLabel('机关名称').click();
  await page.keyboard.type('临淄区金山镇人民政府');
  await page.getByLabel('报告年度').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2024');
  await stepButton(page, '三、收到和处理政府信息公开申请情况').click();
  await page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true }).click();
  await page.keyboard.type('3');
  await expect(page.getByLabel('一、本年新收政府信息公开申请数量 总计（自动计算）', { exact: true })).toHaveText('3');

  await stepButton(page, '检查与导出').click();
  await expect(page.locator('.finding-error').first()).toBeVisible();
  const docx = await exportDraftCopy(page, test.info());
  expect(readFileSync(docx.path).subarray(0, 2).toString()).toBe('PK');

  const draft = await saveDraftFile(page, test.info());
  const report = (
    JSON.parse(readFileSync(draft, 'utf8')) as { report: { organ: { name: string }; tables: { t3: { newReceived: { natural: number } } } } }
  ).report;
  expect(report.organ.name).toBe('临淄区金山镇人民政府');
  expect(report.tables.t3.newReceived.natural).toBe(3);
  expect(problems).toEqual([]);
});

test('below the floor the page explains itself in Chinese instead of staying blank', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  // Element.replaceChildren is one of the Chromium 86 APIs the check looks for.
  await page.addInitScript(() => Reflect.deleteProperty(Element.prototype, 'replaceChildren'));
  await page.goto('/');
  const message = page.locator('#browser-check');
  await expect(message).toBeVisible();
  await expect(message).toContainText('极速模式');
  await expect(message).toContainText('Chrome');
  // The check only explains: a browser that can still run the app keeps working.
  await expect(page.getByLabel('机关名称')).toBeVisible();
  expect(problems).toEqual([]);
});
