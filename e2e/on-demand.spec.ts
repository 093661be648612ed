/**
 * What the first screen does not need loads on demand (the English resources, the later steps),
 * and still from this server only: a stored English opens in English from the first frame, and
 * switching language or step works with every other origin unreachable.
 */
import { expect, test, type Page } from '@playwright/test';
import { SECTIONS } from '../src/report/definition/index.ts';
import { stepButton, STEP_TITLES } from './helpers.ts';

/** Records the app's headings as first rendered, before any later render could change them. */
async function recordFirstHeadings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { firstHeadings?: string[] };
    new MutationObserver((_, observer) => {
      const h1 = document.querySelector('#root h1');
      const h2 = document.querySelector('#step-heading');
      if (!h1 || !h2) return;
      w.firstHeadings = [h1.textContent ?? '', h2.textContent ?? ''];
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Every request, and any to another origin aborted (as on an intranet without internet). */
async function watchRequests(page: Page, origin: string): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  return requests;
}
const elsewhere = (requests: string[], origin: string) =>
  requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin);

test('with English stored, the first rendered screen is already in English', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests = await watchRequests(page, origin);
  await page.addInitScript(() => localStorage.setItem('nianbao.language', 'en'));
  await recordFirstHeadings(page);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 2, name: 'Basic information' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { firstHeadings?: string[] }).firstHeadings)).toEqual([
    'Nianbao',
    'Basic information',
  ]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Language')).toHaveValue('en');
  expect(elsewhere(requests, origin)).toEqual([]);
});

test('in Chinese the English resources are not loaded until chosen, then switching works from this server only', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests = await watchRequests(page, origin);
  await recordFirstHeadings(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { firstHeadings?: string[] }).firstHeadings)).toEqual([
    '年报编制助手',
    '基本信息',
  ]);
  const scriptsBefore = requests.filter((u) => u.endsWith('.js')).length;

  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Nianbao' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Basic information' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The English resources came as a script of this build, on demand.
  expect(requests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(scriptsBefore);

  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '年报编制助手' })).toBeVisible();
  expect(elsewhere(requests, origin)).toEqual([]);
});

test('once the first step has been on screen a moment, every step opens with the server gone', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: '基本信息' })).toBeVisible();
  // The later steps are prefetched when the browser is idle (src/app/lazy-steps.tsx): wait for
  // the last of them, by its chunk name.
  await page.waitForResponse((r) => /\/ImportDialog-[^/]*\.js$/.test(r.url()), { timeout: 15_000 });
  await context.setOffline(true);

  for (const title of STEP_TITLES.slice(1)) {
    await stepButton(page, title).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  }
  // Their content is there too, not a placeholder: the review step's export panel and a table.
  await expect(page.getByRole('button', { name: '导出Word' })).toBeVisible();
  await stepButton(page, SECTIONS[2]?.heading ?? '').click();
  await expect(page.locator('main.step input:visible').first()).toBeVisible();
  await expect(page.locator('.step-pending')).toHaveCount(0);
  await context.setOffline(false);
});

test('a finding link to a step still loading focuses its cell once the step appears', async ({ page }) => {
  // Hold the tables' chunk until the link is followed, as on a slow server before the prefetch.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/TableStep-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/#review');
  const link = page.getByRole('link', { name: /表三有\d+个单元格未填写/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 2, name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
  await expect(page.locator('.step-pending')).toHaveCount(1);
  release();
  await expect(page.locator('main.step input:focus')).toHaveCount(1);
  await expect(page.locator('.step-pending')).toHaveCount(0);
});
