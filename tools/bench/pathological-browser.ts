/**
 * Issue 10 in the browser: each pathological shape driven through the built app's real entry
 * point — a draft opened with 打开草稿 (a file chosen from disk, see chooseFile) and a key typed into the section holding the
 * text, a paste (a real paste event) or a .docx chosen in the 导入 dialog, and the .docx / web page
 * / .xlsx exports and the print preview of a 4 MB draft. For each step: the longest main-thread
 * task (a `longtask` PerformanceObserver registered before the app loads) and the total time.
 * Budget: no task over 200 ms.
 *
 *   npx tsx tools/bench/pathological-browser.ts [--no-build] [--only id,id] [--json FILE]
 *
 * Also run by `npm run bench` after the Node part (pathological.ts). BENCH_PORT picks the port.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';
import { newSession } from './browser.ts';
import { chooseFile, observeLongTasks } from './page-tools.ts';
import {
  bigDraft,
  docx,
  DRAFT_BYTES,
  HTML_BYTES,
  introDraft,
  nested,
  PROSE_LENGTH,
  repeat,
  SEED_ORGAN,
  tableTokens,
  TEXT_LENGTH,
} from './pathological-browser-inputs.ts';
import { serve } from './server.ts';
import { check, round, table, type Check } from './stats.ts';

export const TASK_LIMIT_MS = 200;
const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BrowserRow {
  id: string;
  step: string;
  longestTaskMs: number;
  totalMs: number;
}

type Step = (page: Page) => Promise<void>;
interface BrowserShape {
  id: string;
  what: string;
  /** Steps measured one after another in one page; each gets its own row. */
  steps: (base: string) => Promise<[string, Step][]>;
}

/** Waits until a second has passed with no long task (the rules, autosave and idle work after a step). */
async function settle(page: Page): Promise<void> {
  const until = Date.now() + 30_000;
  await page.waitForTimeout(300);
  while (Date.now() < until) {
    const quiet = await page.evaluate(() => performance.now() - (window as unknown as { lastTaskEnd: number }).lastTaskEnd);
    if (quiet > 1000) return;
    await page.waitForTimeout(250);
  }
}

/** A real paste: a ClipboardEvent carrying the given formats, dispatched on the focused text area. */
const paste = (page: Page, selector: string, data: Record<string, string>) =>
  page.locator(selector).evaluate((el, formats) => {
    const transfer = new DataTransfer();
    for (const [format, value] of Object.entries(formats)) transfer.setData(format, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);

const openDraft =
  (draft: string): Step =>
  async (page) => {
    await chooseFile(page.getByTestId('draft-file-input'), 'big.draft.json', draft);
    await page.getByRole('dialog').getByRole('button', { name: '打开' }).click({ timeout: 60_000 });
    await page.waitForFunction((organ) => document.querySelector<HTMLInputElement>('#f-organ-name')?.value === organ, SEED_ORGAN, {
      timeout: 60_000,
    });
  };

/** Goes to section 一 (not measured: the next step is), then types one key at the end of the introduction. */
const typeIntoIntro: Step = async (page) => {
  const intro = page.locator('#f-narrative-overview-intro');
  const length = await intro.evaluate((el) => (el as HTMLTextAreaElement).value.length);
  await intro.evaluate((el) => {
    const area = el as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  });
  await page.keyboard.type('。');
  await page.waitForFunction(
    (n) => (document.querySelector('#f-narrative-overview-intro') as HTMLTextAreaElement).value.length === n + 1,
    length,
  );
};

const goToOverview: Step = async (page) => {
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: '一、总体情况', exact: true }).click();
  await page.locator('#f-narrative-overview-intro').waitFor({ timeout: 60_000 });
};

const openImport: Step = async (page) => {
  await page.getByRole('button', { name: '导入往年报告' }).click();
  await page.locator('#import-text').waitFor();
};
/** The 导入 dialog has read the input: a result, or the reason it was refused. */
const imported = (page: Page) => page.locator('.import-summary, .import-error').first().waitFor({ timeout: 120_000 });

const pasteImport =
  (data: () => Record<string, string>): Step =>
  async (page) => {
    await paste(page, '#import-text', data());
    await imported(page);
  };
const fileImport =
  (bytes: () => Promise<Buffer>): Step =>
  async (page) => {
    const buffer = await bytes();
    await chooseFile(page.getByTestId('import-file-input'), 'report.docx', buffer);
    await imported(page);
  };

const toReview: Step = async (page) => {
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: '检查与导出' }).click();
  await page.locator('.export-panel').waitFor({ timeout: 60_000 });
  await page.locator('.pv-title').first().waitFor({ timeout: 60_000 });
};
/**
 * Reloads the page at 基本信息 with the draft the steps before autosaved (4 MB): the stored draft is
 * read, parsed and checked at startup, before anything is typed.
 */
const reloadStored: Step = async (page) => {
  await page.goto(page.url().replace(/#.*$/, ''), { waitUntil: 'commit' });
  await page.waitForFunction((organ) => document.querySelector<HTMLInputElement>('#f-organ-name')?.value === organ, SEED_ORGAN, {
    timeout: 60_000,
  });
};

const download =
  (button: string): Step =>
  async (page) => {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    await file.delete();
  };

const prose = (id: string, what: string, text: string): BrowserShape => ({
  id,
  what,
  steps: async () => {
    const draft = introDraft(text.slice(0, PROSE_LENGTH));
    return [
      ['open draft', openDraft(draft)],
      ['go to 一', goToOverview],
      ['type a key', typeIntoIntro],
    ];
  },
});
const pasted = (id: string, what: string, data: () => Record<string, string>): BrowserShape => ({
  id,
  what,
  steps: async () => [
    ['open 导入', openImport],
    ['paste', pasteImport(data)],
  ],
});
const docxFile = (id: string, what: string, bytes: () => Promise<Buffer>): BrowserShape => ({
  id,
  what,
  steps: async () => [
    ['open 导入', openImport],
    ['choose .docx', fileImport(bytes)],
  ],
});
const exported = (id: string, what: string, unit: string): BrowserShape => ({
  id,
  what,
  steps: async () => [
    ['open draft', openDraft(bigDraft(unit, DRAFT_BYTES))],
    ['print preview', toReview],
    ['export .docx', download('导出Word')],
    ['export web page', download('下载网页 (.html)')],
    ['export .xlsx', download('导出表格（.xlsx）')],
    ['reload (stored draft)', reloadStored],
  ],
});

const N = PROSE_LENGTH;
export const BROWSER_SHAPES: readonly BrowserShape[] = [
  prose('numerals', 'run of Chinese numerals in 一', repeat('一', N)),
  prose('commaGroups', 'comma groups 1,1,1,… in 一', repeat('1,', N)),
  prose('thousands', 'thousands groups 1,111,… in 一', `1${repeat(',111', N)}`),
  prose('manyCounts', 'counts 申请1件… in one sentence', repeat('申请1件', N)),
  prose('manyNamedCounts', 'counts 行政强制1件… in one sentence', repeat('行政强制1件', N)),
  prose('zeroLookahead', '未收到行政复议… then 纠正', `${repeat('未收到行政复议', N - 10)}纠正`),
  pasted('htmlComment', '1 MB paste: unclosed <!--', () => ({ 'text/html': repeat('<!--', HTML_BYTES), 'text/plain': 'x' })),
  pasted('htmlAnchor', '1 MB paste: unclosed <a', () => ({ 'text/html': repeat('<a', HTML_BYTES), 'text/plain': 'x' })),
  pasted('htmlCdata', '1 MB paste: unclosed <![ and <?', () => ({ 'text/html': repeat('<![<?', HTML_BYTES), 'text/plain': 'x' })),
  pasted('pipeSeparator', 'text paste: Markdown row | + spaces + x|', () => ({
    'text/plain': `|a|\n|b|\n|c|\n|${' '.repeat(TEXT_LENGTH)}x|\n`,
  })),
  pasted('pipeRows', 'text paste: Markdown pipe rows', () => ({ 'text/plain': `|a|\n|b|\n${repeat('| - | : | 1 |\n', TEXT_LENGTH)}` })),
  pasted('formFeeds', 'text paste: 40 000 form feeds', () => ({ 'text/plain': repeat('页眉\f', 120_000) })),
  pasted('layoutGaps', 'text paste: layout text a␣␣b', () => ({ 'text/plain': `\f${repeat('一、  1\n', TEXT_LENGTH)}` })),
  pasted('tableTokens', 'text paste: section 三 of short lines', () => ({ 'text/plain': tableTokens(TEXT_LENGTH) })),
  exported('ideographicSpaces', '4 MB draft: runs of U+3000', '\u3000'),
  exported('manyLines', '4 MB draft: 800 000 one-character lines', '字\n'),
  docxFile('docxNestedTables', '.docx: nested w:tbl (10 000 deep)', () =>
    docx(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>', 10_000)),
  ),
  docxFile('docxNestedSdt', '.docx: nested w:sdt (12 500 deep)', () =>
    docx(nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>', 12_500)),
  ),
  docxFile('docxNestedRuns', '.docx: nested w:r (50 000 deep)', () =>
    docx(`<w:p>${nested('<w:r>', '</w:r>', '<w:t>x</w:t>', 50_000)}</w:p>`),
  ),
  docxFile('docxFlatRuns', '.docx: one paragraph of 20 000 runs', () => docx(`<w:p>${repeat('<w:r><w:t>字</w:t></w:r>', 500_000)}</w:p>`)),
];

export async function pathologicalBrowser(
  browser: Browser,
  base: string,
  options: { only?: string[]; log?: (line: string) => void } = {},
): Promise<BrowserRow[]> {
  const rows: BrowserRow[] = [];
  for (const shape of BROWSER_SHAPES.filter((s) => !options.only || options.only.includes(s.id))) {
    options.log?.(`pathological in the browser: ${shape.id}…`);
    const steps = await shape.steps(base);
    const { context, page } = await newSession(browser);
    try {
      await page.addInitScript(observeLongTasks);
      await page.goto(`${base}/`);
      await page.locator('#f-organ-name').waitFor();
      await settle(page);
      for (const [step, run] of steps) {
        await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
        const started = Date.now();
        try {
          await run(page);
        } catch (error) {
          options.log?.(`  ${step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
          rows.push({ id: shape.id, step, longestTaskMs: Infinity, totalMs: Infinity });
          break;
        }
        const totalMs = Date.now() - started;
        await settle(page);
        const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
        rows.push({ id: shape.id, step, longestTaskMs: round(longest, 0), totalMs });
      }
    } finally {
      await context.close();
    }
  }
  return rows;
}

export const browserChecks = (rows: readonly BrowserRow[]): Check[] =>
  rows.map((r) => check(`${r.id}, ${r.step}: longest main-thread task`, r.longestTaskMs, '<=', TASK_LIMIT_MS, 'ms'));

export const browserTable = (rows: readonly BrowserRow[]): string =>
  table([
    ['shape', 'step', 'longest task (ms)', 'total (ms)', ''],
    ...rows.map((r) => [r.id, r.step, r.longestTaskMs, r.totalMs, r.longestTaskMs <= TASK_LIMIT_MS ? 'ok' : 'MISSED']),
  ]);

if (process.argv[1] === SELF) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  if (!args.includes('--no-build')) execSync('npx vite build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await serve(option('--dist') ?? `${ROOT}dist`, Number(process.env.BENCH_PORT ?? 4305));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const rows = await pathologicalBrowser(browser, server.url, {
      only: option('--only')?.split(','),
      log: (l) => process.stderr.write(`${l}\n`),
    });
    const checks = browserChecks(rows);
    process.stdout.write(
      `${browserTable(rows)}\n\n${table([['target', 'measured', 'limit', ''], ...checks.map((c) => [c.name, c.measured, c.target, c.ok ? 'ok' : 'MISSED'])])}\n`,
    );
    const json = option('--json');
    if (json) writeFileSync(json, JSON.stringify(rows, null, 2));
    process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}
