/**
 * 复制到网站编辑器 and 下载网页: the copy pasted (Ctrl+V, a real paste) into a real website editor —
 * TinyMCE from node_modules, served to the page by the test itself, no network — and into a bare
 * contenteditable; the editor's HTML read back keeps table 三's merges and every number, and table
 * 四 its 15 number columns. The downloaded page is looked at as a screenshot.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedText } from '../src/export-docx/testing/seeds.ts';
import { parseDraft } from '../src/report/index.ts';
import { buildReportModel, type ModelTable } from '../src/render/model.ts';
import { openWithDraft, stepButton } from './helpers.ts';

/** Seed 002, dated: the final copy needs a 落款日期 (issue 12). */
const HUANCUI = seedText('002-huancui-2024.draft.json').replace('"date": ""', '"date": "2025-01-20"');
const TITLE = '威海市环翠区人民政府2024年政府信息公开工作年度报告';

const parsed = parseDraft(HUANCUI);
if (!parsed.ok) throw new Error('seed 002 does not parse');
const tables = buildReportModel(parsed.draft.report).blocks.filter((b): b is ModelTable & { kind: 'table' } => b.kind === 'table');
const t3 = tables.find((t) => t.table === 't3');
const t4 = tables.find((t) => t.table === 't4');

const TINYMCE = join(process.cwd(), 'node_modules/tinymce');
const EDITOR_PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>editor</title>
<script src="/__editor/tinymce/tinymce.min.js"></script></head>
<body>
<textarea id="cms"></textarea>
<div id="bare" contenteditable="true" style="min-height:40px;border:1px solid #999"></div>
<script>
tinymce.init({ selector: '#cms', license_key: 'gpl', base_url: '/__editor/tinymce', suffix: '.min', menubar: false, height: 600,
  plugins: 'table', setup: (ed) => ed.on('init', () => { window.editorReady = true; }) });
</script></body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The editor page and TinyMCE's files, answered by the test: nothing leaves the machine. */
async function serveEditor(page: Page): Promise<void> {
  await page.route('**/__editor/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/__editor\//, '');
    if (path === 'index.html') return route.fulfill({ body: EDITOR_PAGE, contentType: 'text/html; charset=utf-8' });
    const file = join(TINYMCE, path.replace(/^tinymce\//, ''));
    if (!file.startsWith(TINYMCE)) return route.abort();
    try {
      const ext = /\.[a-z]+$/.exec(file)?.[0] ?? '';
      return route.fulfill({ body: await readFile(file), contentType: TYPES[ext] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: '' });
    }
  });
}

interface ReadCell {
  tag: string;
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** The tables of some HTML as rows of cells, read by the browser's own parser. */
function readTables(page: Page, html: string): Promise<ReadCell[][][]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return [...doc.querySelectorAll('table')].map((table) =>
      [...table.rows].map((row) =>
        [...row.cells].map((cell) => ({
          tag: cell.tagName.toLowerCase(),
          text: (cell.textContent ?? '').replace(/\s+/g, ''),
          colSpan: cell.colSpan,
          rowSpan: cell.rowSpan,
        })),
      ),
    );
  }, html);
}

/** The read table holds the model's cells: the same text, merges and kind, row by row. */
function expectTable(read: ReadCell[][] | undefined, table: ModelTable | undefined): void {
  if (!table) throw new Error('table missing from the model');
  expect(read?.length).toBe(table.rows.length);
  table.rows.forEach((row, r) => {
    const cells = read?.[r] ?? [];
    expect(
      cells.map((c) => [c.text, c.colSpan, c.rowSpan, c.tag]),
      `row ${r}`,
    ).toEqual(row.cells.map((c) => [c.text.replace(/\s+/g, ''), c.colSpan, c.rowSpan, c.role === 'value' ? 'td' : 'th']));
  });
}

function checkPasted(tablesRead: ReadCell[][][]): void {
  expect(tablesRead).toHaveLength(3);
  expectTable(tablesRead[1], t3);
  expectTable(tablesRead[2], t4);
  // Table 三's merges: 三、本年度办理结果 over 22 rows, its groups over 8, 3, 5 and 3.
  const spans = (tablesRead[1] ?? []).flat().map((c) => c.rowSpan);
  expect(spans.filter((s) => s > 1).sort((a, b) => a - b)).toEqual([2, 2, 3, 3, 3, 5, 8, 22]);
  // Table 四: 15 number columns.
  expect(tablesRead[2]?.[3]?.filter((c) => c.tag === 'td')).toHaveLength(15);
}

async function copyFromApp(page: Page): Promise<{ html: string; text: string }> {
  await openWithDraft(page, HUANCUI);
  await stepButton(page, '检查与导出').click();
  // The clipboard outlives a test's context: what an earlier test copied must not pass for this copy.
  await page.evaluate(() => navigator.clipboard.writeText('stale'));
  await page.getByRole('button', { name: '复制到网站编辑器' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已复制全文' })).toBeVisible();
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return { html: '', text: '' };
    return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
  });
}

test.beforeEach(async ({ context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
});

test('复制到网站编辑器 pastes into TinyMCE with table 三’s merges and every number, table 四’s 15 columns', async ({ page }) => {
  const copied = await copyFromApp(page);
  expect(copied.text.startsWith(TITLE)).toBe(true);
  checkPasted(await readTables(page, copied.html));

  await serveEditor(page);
  await page.goto('/__editor/index.html');
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  await page.frameLocator('iframe').locator('body').click();
  await page.keyboard.press('Control+V');
  await expect(page.frameLocator('iframe').locator('table')).toHaveCount(3);
  const content = await page.evaluate(() =>
    (window as unknown as { tinymce: { activeEditor: { getContent(): string } } }).tinymce.activeEditor.getContent(),
  );
  expect(content).toContain(TITLE.slice(0, 10));
  // TinyMCE drops pasted inline styles from Chromium (paste_remove_styles_if_webkit): the border
  // attribute is what keeps the table ruled.
  expect(content.match(/<table[^>]*border="1"/g)).toHaveLength(3);
  // …and the align attribute the signature on the right.
  expect(content).toMatch(/<p[^>]*(?:align="right"|text-align: right)[^>]*>威海市环翠区人民政府<\/p>/);
  checkPasted(await readTables(page, content));
  await page.screenshot({ path: 'artifacts/web/tinymce.png' });
});

test('复制到网站编辑器 pastes into a bare contenteditable with the tables intact', async ({ page }) => {
  await copyFromApp(page);
  await serveEditor(page);
  await page.goto('/__editor/index.html');
  await page.locator('#bare').click();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#bare table')).toHaveCount(3);
  checkPasted(await readTables(page, await page.locator('#bare').innerHTML()));
});

test('where the browser refuses the Clipboard API, the copy command puts both types on the clipboard', async ({ page }) => {
  // As in a browser without ClipboardItem writes, or a page not allowed to use them.
  await page.addInitScript(() => {
    Object.defineProperty(Clipboard.prototype, 'write', { value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) });
  });
  const copied = await copyFromApp(page);
  await expect(page.evaluate(() => navigator.clipboard.write([]))).rejects.toThrow('refused');
  expect(copied.text.startsWith(TITLE)).toBe(true);
  checkPasted(await readTables(page, copied.html));
  await serveEditor(page);
  await page.goto('/__editor/index.html');
  await page.locator('#bare').click();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#bare table')).toHaveCount(3);
  checkPasted(await readTables(page, await page.locator('#bare').innerHTML()));
});

test('下载网页 gives the standalone page, which opens offline with the report', async ({ page }, testInfo) => {
  // The web exporter is not part of what the page loads up front: it comes with the first click.
  const scripts: { url: string; exporter: boolean }[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.text().catch(() => '');
    scripts.push({ url: response.url(), exporter: body.includes('cellpadding') });
  });
  await openWithDraft(page, HUANCUI);
  await stepButton(page, '检查与导出').click();
  await expect(page.getByRole('button', { name: '下载网页 (.html)' })).toBeEnabled();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => s.exporter)).toBe(false);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载网页 (.html)' }).click()]);
  expect(download.suggestedFilename()).toBe(`${TITLE}.html`);
  await expect(page.getByRole('status').filter({ hasText: `${TITLE}.html` })).toBeVisible();
  expect(scripts.some((s) => s.exporter)).toBe(true);
  const path = testInfo.outputPath('report.html');
  await download.saveAs(path);
  const html = await readFile(path, 'utf8');
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  checkPasted(await readTables(page, html));
  // Opened as a file: no request may leave it (it has none to make). In a page of its own: the
  // app's page may still fetch a worker of its own as it is left, which is not the file's request.
  const offline = await page.context().newPage();
  const requests: string[] = [];
  offline.on('request', (r) => requests.push(r.url()));
  await offline.goto(`file://${path}`);
  await expect(offline.locator('h1')).toContainText('2024年政府信息公开工作年度报告');
  expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  await offline.screenshot({ path: 'artifacts/web/page.png', fullPage: false });
  await offline.locator('table').nth(1).screenshot({ path: 'artifacts/web/page-t3.png' });
});
