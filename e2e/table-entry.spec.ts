/**
 * Table entry at 1366×768 (issue 14): typing never leaves a figure nobody typed, the reason is
 * beside the cell in view, a labelled block with units lands on its rows, the header rows stay in
 * view after scrolling down to （六）, and the row labels stay when scrolling sideways.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { getInput, parseDraft, serializeDraft, startNextYear } from '../src/report/index.ts';
import { autosavedReport, openWithDraft, seed003Text, stepButton } from './helpers.ts';

test.use({ viewport: { width: 1366, height: 768 } });

const OTHER = '三、本年度办理结果 （六）其他处理 3.其他';

async function paste(target: Locator, text: string) {
  await target.focus();
  await target.evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

const t3Value = async (page: Page, row: string, column: string) => {
  const report = await autosavedReport(page);
  // Nothing autosaved yet: the draft holds nothing typed.
  if (!(report as Partial<typeof report> | undefined)?.tables) return null;
  return (report.tables as Record<string, Record<string, Record<string, unknown>>>).t3?.[row]?.[column];
};

/** The element's box lies wholly inside the viewport. */
async function inViewport(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  expect(box).not.toBeNull();
  if (!box || !size) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
}

test('typing in a lower row of table 三 never leaves a number nobody typed; the reason is beside the cell', async ({ page }) => {
  await page.goto('/#applications');
  const cell = page.getByLabel(`${OTHER} 自然人`, { exact: true });
  const total = page.getByLabel(`${OTHER} 总计（自动计算）`, { exact: true });
  const td = page.locator('td', { has: cell });
  const problem = td.locator('.cell-problem');
  const cases = [
    { typed: '-1', stored: null, reason: '不能为负数，未计入' },
    { typed: '1.5', stored: null, reason: '件数须为整数，未计入' },
    { typed: 'a', stored: null, reason: '不是数字，未计入' },
    { typed: '１２', stored: 12, reason: null },
    { typed: '1,234', stored: 1234, reason: null },
  ];
  for (const { typed, stored, reason } of cases) {
    await cell.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    await expect(cell).toHaveValue(typed);
    await expect(total).toHaveText(stored === null ? '' : String(stored));
    expect(await t3Value(page, 'otherOther', 'natural')).toBe(stored);
    if (reason === null) {
      await expect(cell).not.toHaveAttribute('aria-invalid', 'true');
      await expect(problem).toHaveCount(0);
      continue;
    }
    await expect(cell).toHaveAttribute('aria-invalid', 'true');
    await expect(cell).toHaveAccessibleDescription(new RegExp(reason));
    await expect(problem).toHaveText(reason);
    // Said to screen readers once the problem appears (“-” already says it for -1).
    await expect(page.locator('[aria-live="polite"]', { hasText: `未计入：${reason.replace('，未计入', '')}` })).toHaveCount(1);
    // Beside the cell, in view: inside the cell's own box, under its text.
    await inViewport(page, problem);
    const [cellBox, problemBox, inputBox] = await Promise.all([td.boundingBox(), problem.boundingBox(), cell.boundingBox()]);
    expect(problemBox && cellBox && inputBox).toBeTruthy();
    if (!problemBox || !cellBox || !inputBox) continue;
    expect(problemBox.y).toBeGreaterThanOrEqual(inputBox.y + inputBox.height - 1);
    expect(problemBox.y + problemBox.height).toBeLessThanOrEqual(cellBox.y + cellBox.height + 1);
    if (typed === '1.5') {
      await page.screenshot({ path: 'artifacts/screens/table3-typed-decimal.png' });
      // Leaving the cell keeps the text and the message; the step says there is an error.
      await page.keyboard.press('Tab');
      await expect(cell).toHaveValue('1.5');
      await expect(problem).toBeVisible();
      await expect(page.locator('#status-applications')).toHaveText('有错误');
    }
  }
  // 1,234 reads as 1234 once the cell is left.
  await page.keyboard.press('Tab');
  await expect(cell).toHaveValue('1234');
});

test('a block with units and row labels pasted into the first cell lands on its rows; totals are compared', async ({ page }) => {
  await page.goto('/#applications');
  const first = page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true });
  const block = [
    '\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
    '（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t2件\t0\t0\t0\t0\t0\t2件',
    '\t3.其他\t１\t0\t1条\t0\t0\t0\t3',
    '四、结转下年度继续办理\t\t\t1,234\t0\t0\t0\t0\t0\t1,234',
  ].join('\r\n');
  await paste(first, `${block}\r\n`);
  const status = page.getByRole('status').filter({ hasText: '已按行名粘贴18个单元格' });
  await expect(status).toBeVisible();
  await expect(status).toHaveClass(/table-message-ok/);
  await expect(first).toHaveValue('');
  await expect(
    page.getByLabel('三、本年度办理结果 （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 自然人', {
      exact: true,
    }),
  ).toHaveValue('2');
  await expect(page.getByLabel(`${OTHER} 法人或其他组织 科研机构`, { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('四、结转下年度继续办理 自然人', { exact: true })).toHaveValue('1234');
  expect(await t3Value(page, 'carriedForward', 'natural')).toBe(1234);
  // The 3 pasted as 3.其他's 总计 is compared with 1 + 1 = 2 and listed, not stored.
  const issues = page.getByRole('alert');
  await expect(issues).toContainText('3.其他｜总计：粘贴的是3，按各格计算为2');
  await expect(page.getByLabel(`${OTHER} 总计（自动计算）`, { exact: true })).toHaveText('2');
  await inViewport(page, issues);
  await page.screenshot({ path: 'artifacts/screens/table3-paste-by-label.png' });
  await issues.getByRole('button', { name: '关闭' }).click();
  // Bare figures pasted far down the table: what was not pasted is listed under that row, in view.
  const low = page.getByLabel(`${OTHER} 法人或其他组织 商业企业`, { exact: true });
  await paste(low, '4\t-1\t5件');
  await expect(low).toHaveValue('4');
  await expect(page.getByLabel(`${OTHER} 法人或其他组织 科研机构`, { exact: true })).toHaveValue('1');
  await expect(page.getByLabel(`${OTHER} 法人或其他组织 社会公益组织`, { exact: true })).toHaveValue('5');
  await expect(issues).toContainText('已粘贴2个单元格');
  await expect(issues).toContainText('3.其他｜科研机构：“-1”，不能为负数');
  await inViewport(page, issues);
  const [lowBox, issuesBox] = await Promise.all([low.boundingBox(), issues.boundingBox()]);
  expect(lowBox && issuesBox && issuesBox.y >= lowBox.y + lowBox.height && issuesBox.y - (lowBox.y + lowBox.height) < 40).toBe(true);
  await page.screenshot({ path: 'artifacts/screens/table3-paste-issues-at-row.png' });
  // Escape in the table closes it.
  await page.keyboard.press('Escape');
  await expect(issues).toHaveCount(0);
  // The message belongs to table 三: table 四 has none.
  await stepButton(page, '四、政府信息公开行政复议、行政诉讼情况').click();
  await expect(page.getByText('已按行名粘贴')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the header rows stay in view when moving down to （六）; the row labels when scrolling sideways', async ({ page }) => {
  await page.goto('/#applications');
  const first = page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true });
  const target = page.getByLabel(`${OTHER} 自然人`, { exact: true });
  await first.focus();
  while (!(await target.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowDown');
  await inViewport(page, target);
  const header = page.locator('thead th', { hasText: /^自然人$/ });
  await inViewport(page, header);
  const [headerBox, targetBox] = await Promise.all([header.boundingBox(), target.boundingBox()]);
  expect(headerBox && targetBox && headerBox.y + headerBox.height <= targetBox.y).toBe(true);
  // Nothing covers it: the header cell is what is at its centre.
  const onTop = await header.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });
  expect(onTop).toBe(true);
  await page.screenshot({ path: 'artifacts/screens/table3-sticky-header.png' });

  await page.setViewportSize({ width: 700, height: 768 });
  const label = page.locator('tbody th', { hasText: /^3\.其他$/ });
  await label.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.evaluate(() => window.scrollTo(document.documentElement.scrollWidth, window.scrollY));
  expect(await page.evaluate(() => window.scrollX)).toBeGreaterThan(0);
  await inViewport(page, label);
  const labelOnTop = await label.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return el.contains(document.elementFromPoint(box.x + 4, box.y + box.height / 2));
  });
  expect(labelOnTop).toBe(true);
  await page.screenshot({ path: 'artifacts/screens/table3-narrow-sticky-labels.png' });
});

test('last year’s figures show where they help; 上年结转 is compared with last year’s 结转下年度', async ({ page }) => {
  const parsed = parseDraft(seed003Text());
  if (!parsed.ok) throw new Error('seed 003 does not parse');
  const last = parsed.draft.report;
  await openWithDraft(page, serializeDraft(startNextYear(last)), '#applications');
  const figures = page.locator('.prev-figure');
  await expect(figures.first()).toBeAttached();
  // No visible “上年 0”: last year's zeros say nothing beside a blank or an equal figure.
  expect(
    await figures
      .filter({ hasText: /^上年 0$/ })
      .evaluateAll((els) => els.filter((el) => getComputedStyle(el).visibility !== 'hidden').length),
  ).toBe(0);
  const carried = page.getByLabel('二、上年结转政府信息公开申请数量 自然人', { exact: true });
  const before = getInput(last.tables, { table: 't3', row: 'carriedForward', column: 'natural' });
  await expect(carried).toHaveValue(String(before));
  await expect(carried).toHaveAccessibleDescription(`上年结转下年度 ${String(before)}`);
  const carriedFigure = page.locator('td', { has: carried }).locator('.prev-figure');
  await expect(carriedFigure).toBeHidden();
  // A figure that now differs shows last year's beside it.
  await carried.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(Number(before) + 1));
  await page.keyboard.press('Tab');
  await expect(carriedFigure).toBeVisible();
  // The focused cell shows its figure even when it says nothing new.
  const quiet = page.getByLabel('三、本年度办理结果 （三）不予公开 2.其他法律行政法规禁止公开 自然人', { exact: true });
  const quietFigure = page.locator('td', { has: quiet }).locator('.prev-figure');
  await expect(quietFigure).toBeHidden();
  await quiet.focus();
  await expect(quietFigure).toBeVisible();
  await page.screenshot({ path: 'artifacts/screens/table3-last-year-figures.png' });
});

test('text that is not a figure blocks the final Word export until the cell is fixed', async ({ page }) => {
  const parsed = parseDraft(seed003Text());
  if (!parsed.ok) throw new Error('seed 003 does not parse');
  const report = { ...parsed.draft.report, signature: { ...parsed.draft.report.signature, date: '2025-01-20' } };
  await openWithDraft(page, serializeDraft(report), '#applications');
  const cell = page.getByLabel(`${OTHER} 自然人`, { exact: true });
  const stored = getInput(report.tables, { table: 't3', row: 'otherOther', column: 'natural' });
  await cell.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2a');
  await page.keyboard.press('Tab');
  await expect(cell).toHaveValue('2a');
  await stepButton(page, '检查与导出').click();
  await expect(page.locator('.export-errors')).toContainText('表三“3.其他”“自然人”的值无效');
  await expect(page.getByRole('button', { name: '导出Word' })).toBeDisabled();
  // Back at the cell (the text is still there), a figure fixes it.
  await stepButton(page, '三、收到和处理政府信息公开申请情况').click();
  await expect(cell).toHaveValue('2a');
  await cell.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(stored));
  await stepButton(page, '检查与导出').click();
  await expect(page.locator('.export-errors')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导出Word' })).toBeEnabled();
});

test('a cell with a problem and a paste list pass an axe scan (no serious or critical issue)', async ({ page }) => {
  await page.goto('/#applications');
  const cell = page.getByLabel(`${OTHER} 自然人`, { exact: true });
  await cell.focus();
  await page.keyboard.type('1.5');
  await paste(page.getByLabel(`${OTHER} 法人或其他组织 商业企业`, { exact: true }), '4\tx\t5');
  await expect(page.getByRole('alert')).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('text typed into a cell that is not a number survives a reload, still marked and still out of the draft', async ({ page }) => {
  await openWithDraft(page, seed003Text(), '#applications');
  const cell = page.getByLabel(`${OTHER} 自然人`, { exact: true });
  await cell.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.5');
  await page.keyboard.press('Tab');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  expect(await t3Value(page, 'otherOther', 'natural')).toBeNull();
  await page.reload();
  const again = page.getByLabel(`${OTHER} 自然人`, { exact: true });
  await expect(again).toHaveValue('1.5');
  await expect(again).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('td', { has: again }).locator('.cell-problem')).toContainText('件数须为整数');
  expect(await t3Value(page, 'otherOther', 'natural')).toBeNull();
});

test('Enter in the bottom row (nowhere to move) keeps the page: each cell is a form of its own, never submitted', async ({ page }) => {
  await openWithDraft(page, seed003Text(), '#applications');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const last = page.locator('input.cell-input').last();
  await last.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(last).toBeFocused();
  await expect(last).toHaveValue('7');
  // A submitted form would have loaded the page again (the marker gone) with the cell in the address.
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(page.url()).not.toContain('?');
});
