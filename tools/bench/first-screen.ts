/**
 * The JavaScript the first screen loads before it is interactive, file by file (gzip bytes), the
 * same count as the bench's "JS before export" (coldLoad). Quicker than the whole bench when
 * working on the budget: `npx vite build && npx tsx tools/bench/first-screen.ts [dist] [port]`.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { firstScreenJs } from './first-screen-js.ts';
import { serve } from './server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.argv[2] ?? `${ROOT}dist`;
const port = Number(process.argv[3] ?? process.env.BENCH_PORT ?? 4180);

const server = await serve(dist, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const files = await firstScreenJs(browser, server.url);
  for (const f of files)
    console.log(`${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip ${(f.raw / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`${(total / 1024).toFixed(1).padStart(7)} KB gzip in ${files.length} files`);
} finally {
  await browser.close();
  await server.close();
}
