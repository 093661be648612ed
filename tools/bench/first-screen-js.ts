/**
 * Which .js files the page loads before its first step is interactive, with their raw and gzip
 * sizes: the first-screen budget counts these bytes (deterministic, unlike a time).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface LoadedFile {
  file: string;
  raw: number;
  gzip: number;
}

export async function firstScreenJs(browser: Browser, base: string): Promise<LoadedFile[]> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  try {
    // tsx compiles the functions given to page.evaluate with esbuild's keepNames, which calls __name.
    await context.addInitScript({ content: 'window.__name = (f) => f;' });
    const page = await context.newPage();
    // The first step is interactive when its first field exists and a frame has been drawn with it.
    await page.addInitScript(() => {
      const tick = () => {
        if (document.querySelector('main.step input, main.step select'))
          requestAnimationFrame(() => ((window as unknown as { interactiveAt: number }).interactiveAt = performance.now()));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    let interactive = false;
    const bodies: Promise<LoadedFile>[] = [];
    page.on('response', (r) => {
      if (interactive || !r.url().endsWith('.js')) return;
      const file = r.url().replace(/.*\//, '');
      bodies.push(r.body().then((body) => ({ file, raw: body.length, gzip: gzipSync(body).length })));
    });
    await page.goto(`${base}/`);
    await page.waitForFunction(() => (window as unknown as { interactiveAt?: number }).interactiveAt !== undefined);
    interactive = true;
    return (await Promise.all(bodies)).sort((a, b) => b.gzip - a.gzip);
  } finally {
    await context.close();
  }
}
