/** What the browser measures share: choosing a file as a person does, and watching for long tasks. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';

let files: string | undefined;
/**
 * Chooses a file holding `content` in `input` from disk, as a person's file chooser does (the browser reads
 * it). Given as bytes instead, Playwright's script in the page decodes them from base64 on the main
 * thread: for 4 MB a task of 500–700 ms that is Playwright's, not the app's.
 */
export async function chooseFile(input: Locator, name: string, content: string | Buffer): Promise<void> {
  files ??= mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const path = join(files, name);
  writeFileSync(path, content);
  await input.setInputFiles(path);
}

/** Registered before the app loads: the longest task since the last reset and when the last one ended. */
export function observeLongTasks() {
  const w = window as unknown as { longest: number; lastTaskEnd: number };
  w.longest = 0;
  w.lastTaskEnd = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.longest = Math.max(w.longest, e.duration);
      w.lastTaskEnd = Math.max(w.lastTaskEnd, e.startTime + e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
}
