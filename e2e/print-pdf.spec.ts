/**
 * 打印 / 另存为PDF: the browser's print of the 检查与导出 step is the report alone in the official layout.
 * Playwright's page.pdf() prints through the same pipeline as the print dialog's 另存为PDF (print
 * media, the page's own @page size); poppler reads the PDF back.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { pdfPageLines, pdfText, renderPages } from '../src/export-docx/testing/libreoffice.ts';
import { seedText } from '../src/export-docx/testing/seeds.ts';
import { parseDraft, SECTIONS } from '../src/report/index.ts';
import { buildReportModel } from '../src/render/model.ts';
import { LINE_PITCH, MARGIN, PAGE } from '../src/render/layout.ts';
import { openWithDraft, stepButton } from './helpers.ts';

const run = promisify(execFile);
const SINGLE = pathToFileURL(resolve('dist-single/nianbao.html')).href;

/** Seed 002, dated: the final copy needs a 落款日期 (issue 12). */
const HUANCUI = seedText('002-huancui-2024.draft.json').replace('"date": ""', '"date": "2025-01-20"');

function modelOf(text: string) {
  const parsed = parseDraft(text);
  if (!parsed.ok) throw new Error('seed does not parse');
  return buildReportModel(parsed.draft.report);
}

/** Word boxes of one page (pdftotext -bbox): where the text sits, in points from the top left. */
async function words(pdf: string, page: number): Promise<{ text: string; x: number; y: number; yMax: number }[]> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-']);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    yMax: Number(m[3]),
    text: m[4] ?? '',
  }));
}

test('打印 / 另存为PDF prints the report alone: A4, the .docx margins, “— N —”, every heading and number', async ({ page }, testInfo) => {
  await openWithDraft(page, HUANCUI);
  await stepButton(page, '检查与导出').click();
  await expect(page.getByRole('button', { name: '打印 / 另存为PDF' })).toBeVisible();
  // The preview is drawn after the step shows (a background render): print once it is there.
  await expect(page.getByRole('article', { name: '年度报告打印预览' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('print.pdf');
  await writeFile(pdf, await page.pdf({ preferCSSPageSize: true }));

  const info = (await run('pdfinfo', [pdf])).stdout;
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // The .docx of seed 002 runs to 6 pages in LibreOffice; the browser's fonts differ a little.
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(pages).toBeLessThanOrEqual(9);

  const text = (await pdfText(pdf)).replace(/[ \t]+/g, '');
  for (let n = 1; n <= pages; n++) expect(text).toContain(`—${n}—`);
  const flat = text.replace(/\s+/g, '');
  for (const section of SECTIONS) expect(flat).toContain(section.heading);
  expect(flat).toContain('威海市环翠区人民政府2024年政府信息公开工作年度报告');
  expect(flat).not.toContain('未经审核');
  // Every number of the three tables, in order, in the PDF's table text.
  const model = modelOf(HUANCUI);
  const values = model.blocks.flatMap((b) =>
    b.kind === 'table' ? b.rows.flatMap((r) => r.cells.filter((c) => c.role === 'value').map((c) => c.text)) : [],
  );
  const numbers: string[] =
    (await pdfPageLines(pdf))
      .flat()
      .join(' ')
      .match(/\d+(?:\.\d+)?/g) ?? [];
  let at = 0;
  for (const v of values.filter(Boolean)) {
    const found = numbers.indexOf(v, at);
    expect(found, `table number ${v} after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
  // No app chrome: no button, step or bar text.
  for (const chrome of ['导出Word', '复制到网站编辑器', '下载网页', '另存为PDF', '保存草稿', '基本信息', '检查与导出', '打印预览'])
    expect(flat).not.toContain(chrome);

  // The margins and the pitch, on page 2 (body text only in seed 002): the text block starts where
  // the .docx's does (render/layout.ts, in points) and holds 22 lines. A word box is the font's
  // whole height, so its middle is what lies inside the line.
  const second = await words(pdf, 2);
  const body = second.filter((w) => !/^[—\d]+$/.test(w.text));
  expect(Math.min(...body.map((w) => w.x))).toBeCloseTo(MARGIN.left / 20, -0.5);
  const middles = [...new Set(body.map((w) => Math.round((w.y + w.yMax) / 2)))].sort((a, b) => a - b);
  expect(middles[0]).toBeGreaterThan(MARGIN.top / 20);
  expect(middles[0]).toBeLessThan((MARGIN.top + LINE_PITCH) / 20);
  expect(middles.length).toBe(22);
  expect(middles[middles.length - 1]).toBeLessThan((PAGE.height - MARGIN.bottom) / 20);
  // The page number in the bottom margin; page 2 is even: on the left (odd ones on the right).
  const number = second.find((w) => w.text === '2');
  expect(number && (number.y + number.yMax) / 2).toBeGreaterThan((PAGE.height - MARGIN.bottom) / 20);
  expect(number && (number.y + number.yMax) / 2).toBeLessThan((PAGE.height - MARGIN.footer) / 20);
  expect(number?.x).toBeLessThan(PAGE.width / 40);

  // Table 三 runs over a page break: its header rows are printed again at the top of the next page.
  const pageLines = (await pdfPageLines(pdf)).map((lines) => lines.join('').replace(/\s+/g, ''));
  const firstRow = pageLines.findIndex((p) => p.includes('一、本年新收政府信息公开申请数量'));
  const totalRow = pageLines.findIndex((p) => p.includes('（七）总计'));
  expect(totalRow).toBeGreaterThan(firstRow);
  for (const p of [firstRow, totalRow]) expect(pageLines[p]).toContain('申请人情况');

  await mkdir('artifacts/print', { recursive: true });
  await renderPages(pdf, 'artifacts/print/page', { dpi: 60, lastPage: 3 });
});

test('the single file prints the same way from file:// (its stricter policy allows the page rules)', async ({ page }, testInfo) => {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('nianbao.autosave', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, HUANCUI);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(SINGLE);
  await stepButton(page, '检查与导出').click();
  await expect(page.getByRole('button', { name: '打印 / 另存为PDF' })).toBeVisible();
  // The preview is drawn after the step shows (a background render): print once it is there.
  await expect(page.getByRole('article', { name: '年度报告打印预览' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('single.pdf');
  await writeFile(pdf, await page.pdf({ preferCSSPageSize: true }));
  const text = (await pdfText(pdf)).replace(/\s+/g, '');
  expect(text).toContain('—1—');
  expect(text).toContain('—2—');
  expect(text).not.toContain('导出Word');
  expect(violations).toEqual([]);
});

test('a draft copy prints “（草稿）未经审核，不得发布” at the top of every page, as the .docx does', async ({ page }, testInfo) => {
  const draft = JSON.parse(HUANCUI) as { report: { tables: { t3: { newReceived: { natural: number | null } } } } };
  draft.report.tables.t3.newReceived.natural = null;
  await openWithDraft(page, JSON.stringify(draft));
  await stepButton(page, '检查与导出').click();
  await page.getByRole('checkbox', { name: /仍然导出草稿/ }).check();
  // The preview is drawn after the step shows (a background render): print once it is there.
  await expect(page.getByRole('article', { name: '年度报告打印预览' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = testInfo.outputPath('draft.pdf');
  await writeFile(pdf, await page.pdf({ preferCSSPageSize: true }));
  const pages = await pdfPageLines(pdf);
  expect(pages.length).toBeGreaterThan(3);
  for (const lines of pages) expect(lines.join('').replace(/\s+/g, '')).toContain('（草稿）未经审核，不得发布');
});
