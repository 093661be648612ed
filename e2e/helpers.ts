/** Shared helpers for the wizard journeys. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SECTIONS } from '../src/report/definition/index.ts';

export const SEED_003_PATH = 'src/report/fixtures/seeds/003-jinshan-2024.draft.json';
export const seed003Text = () => readFileSync(SEED_003_PATH, 'utf8');

/** The step list as the user sees it in Chinese: the official headings come from the definition. */
export const STEP_TITLES = ['基本信息', ...SECTIONS.map((s) => s.heading), '检查与导出'] as const;

/** Opens the app with a draft already in the browser's autosave. */
export async function openWithDraft(page: Page, draftText: string, hash = ''): Promise<void> {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('nianbao.autosave', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, draftText);
  await page.goto(`/${hash}`);
}

export function stepButton(page: Page, title: string) {
  return page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: title, exact: true });
}

/** The autosaved draft as the app last wrote it (waits for the debounce). */
export async function autosavedReport(page: Page): Promise<Record<string, unknown>> {
  await page.waitForTimeout(900);
  const text = await page.evaluate(() => localStorage.getItem('nianbao.autosave'));
  return (JSON.parse(text ?? '{}') as { report: Record<string, unknown> }).report;
}
