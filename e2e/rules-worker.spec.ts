/**
 * The rules run in a worker in both builds, the served one and the single file opened from
 * file://: findings follow typing, the page starts a worker, and no policy blocks it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { typeInto } from './helpers.ts';

const SINGLE = pathToFileURL(resolve('dist-single/nianbao.html')).href;
const firstCell = '一、本年新收政府信息公开申请数量 自然人';

async function typeAndSeeFindings(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.getByRole('button', { name: '三、收到和处理政府信息公开申请情况' }).click();
  const status = page.locator('#status-applications');
  await expect(status).toHaveText('未开始');
  await typeInto(page.getByLabel(firstCell, { exact: true }), '7');
  // Not a step change: the findings arrive from the background run, not from a flush.
  await expect(status).toHaveText('填写中');
  expect(page.workers().length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
}

test('the served app runs the rules in a worker', async ({ page }) => {
  await page.goto('/');
  await typeAndSeeFindings(page);
});

test('the single file runs the rules in a worker from file://', async ({ page }) => {
  await page.goto(SINGLE);
  await typeAndSeeFindings(page);
});
