import { expect, test } from '@playwright/test';
import { OTHER_PARTS, OVERVIEW_AREAS, TABLE2, TABLE3, TABLE4, cellKind, inputCells, isComputed, type Report } from '../src/report/index.ts';
import { cellLabel } from '../src/features/tables/cell-label.ts';
import { autosavedReport, pasteInto, seed003Text, stepButton, typeDate, typeInto } from './helpers.ts';

const seed = (JSON.parse(seed003Text()) as { report: Report }).report;
const cellOf = (tables: Report['tables'], table: string, row: string, column: string) =>
  (tables as unknown as Record<string, Record<string, Record<string, unknown>>>)[table]?.[row]?.[column];

test('fills seed 003 (临淄区金山镇 2024) through the UI and reaches 检查与导出 with no errors', async ({ page }) => {
  await page.goto('/');
  const r = seed;
  await typeInto(page.getByLabel('机关名称'), r.organ.name);
  await page.getByLabel('机关类型').selectOption(r.organ.kind);
  await typeInto(page.getByLabel('报告年度'), String(r.year));
  for (const [field, label] of [
    ['contactOffice', '联系机构'],
    ['address', '地址'],
    ['postcode', '邮编'],
    ['phone', '电话'],
  ] as const) {
    await typeInto(page.getByLabel(label, { exact: true }), r.opening[field]);
  }
  await expect(page.getByLabel('落款机关')).toHaveValue(r.organ.name);
  // The published source had no date; the final copy needs one (issue 12).
  await typeDate(page.getByLabel('落款日期'), '2025-01-20');
  await expect(page.locator('.paper-title')).toHaveText('临淄区金山镇人民政府2024年政府信息公开工作年度报告');
  await page.getByRole('button', { name: '改写标题和开头段落' }).click();
  await pasteInto(page.getByLabel('开头段落', { exact: true }), r.preamble.opening ?? '');

  await page.getByRole('button', { name: '下一步' }).click();
  // Headings are typed; the paragraphs, written elsewhere, are pasted.
  await pasteInto(page.getByLabel('总体情况（导语）'), r.narrative.overview.intro);
  for (const area of OVERVIEW_AREAS) {
    const value = r.narrative.overview.areas[area.id];
    await typeInto(page.locator(`#f-narrative-overview-areas-${area.id}-heading`), value.heading);
    await pasteInto(page.getByLabel(`${area.heading}：正文`), value.text);
  }

  // Table 二: typed cell by cell.
  await stepButton(page, '二、主动公开政府信息情况').click();
  for (const c of inputCells(TABLE2)) {
    await typeInto(page.getByLabel(cellLabel(TABLE2, c), { exact: true }), String(cellOf(r.tables, 't2', c.row, c.column)));
  }

  // Table 三: one block pasted as from a spreadsheet of the printed form (totals included, skipped).
  await stepButton(page, '三、收到和处理政府信息公开申请情况').click();
  const block = TABLE3.rows
    .map((row) =>
      TABLE3.columns.map((col) => (isComputed(TABLE3, row.id, col.id) ? '' : String(cellOf(r.tables, 't3', row.id, col.id)))).join('\t'),
    )
    .join('\r\n');
  await pasteInto(
    page.getByLabel(cellLabel(TABLE3, { table: 't3', row: 'newReceived', column: 'natural' }), { exact: true }),
    `${block}\r\n`,
  );
  await expect(page.getByRole('status').filter({ hasText: `已粘贴${inputCells(TABLE3).length}个单元格` })).toBeVisible();
  await expect(page.locator('[data-identity="natural"]')).toHaveClass(/identity-ok/);

  // Table 四: typed, moving with Enter/arrows like a spreadsheet.
  await stepButton(page, '四、政府信息公开行政复议、行政诉讼情况').click();
  await page.getByLabel(cellLabel(TABLE4, { table: 't4', row: 'review', column: 'upheld' }), { exact: true }).focus();
  for (const c of inputCells(TABLE4)) {
    await page.keyboard.type(String(cellOf(r.tables, 't4', c.row, c.column)));
    await page.keyboard.press('ArrowRight');
  }
  await expect(page.getByLabel('行政诉讼 复议后起诉 总计（自动计算）', { exact: true })).toHaveText('0');

  await stepButton(page, '五、存在的主要问题及改进情况').click();
  await pasteInto(page.getByLabel('（一）存在问题'), r.narrative.problems.problems);
  await pasteInto(page.getByLabel('（二）改进情况'), r.narrative.problems.improvements);

  await stepButton(page, '六、其他需要报告的事项').click();
  await page.getByLabel('否', { exact: true }).check();
  await expect(page.getByLabel('写入报告的文字')).toHaveValue('2024年度未收取信息处理费。');
  await typeInto(page.getByLabel('写入报告的文字'), r.narrative.other.fees.text);
  for (const part of OTHER_PARTS.filter((p) => p.id !== 'fees')) {
    await pasteInto(page.getByLabel(part.heading), r.narrative.other[part.id as 'proposals']);
  }

  await stepButton(page, '检查与导出').click();
  await expect(page.getByRole('status').filter({ hasText: '发现0个错误' })).toBeVisible();
  await expect(page.locator('.finding-error')).toHaveCount(0);

  const saved = (await autosavedReport(page)) as unknown as Report;
  expect(saved.tables).toEqual(r.tables);
  expect(saved.narrative).toEqual(r.narrative);
  expect(saved.opening).toEqual(r.opening);
  expect(saved.organ).toEqual(r.organ);
  expect(saved.preamble.opening).toBe(r.preamble.opening);
  // Amount cell kept as the canonical decimal string.
  expect(cellKind(TABLE2, 'amount')).toBe('amount');
});

test('a wrong 四、结转下年度继续办理 turns the identity red with the column and difference; fixing it turns it green', async ({ page }) => {
  await page.goto('/#applications');
  await page.getByRole('button', { name: '空白格全部填0' }).click();
  await typeInto(page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true }), '3');
  await typeInto(page.getByLabel('三、本年度办理结果 （一）予以公开 自然人', { exact: true }), '3');
  const identity = page.locator('[data-identity="natural"]');
  await expect(identity).toHaveClass(/identity-ok/);
  const carried = page.getByLabel('四、结转下年度继续办理 自然人', { exact: true });
  await typeInto(carried, '2');
  await expect(identity).toHaveClass(/identity-bad/);
  await expect(identity).toContainText('自然人相差2');
  await expect(page.locator('[data-identity="total"]')).toContainText('总计相差2');
  // The finding marks the cell and is listed with its message.
  await expect(carried).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.section-findings')).toContainText('自然人列相差2');
  await typeInto(carried, '0');
  await expect(identity).toHaveClass(/identity-ok/);
  await expect(carried).not.toHaveAttribute('aria-invalid', 'true');
});

test('table cells keep what was typed: text that is not a figure is marked and not counted; full-width digits are read', async ({
  page,
}) => {
  await page.goto('/#applications');
  const cell = page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true });
  const total = page.getByLabel('一、本年新收政府信息公开申请数量 总计（自动计算）', { exact: true });
  await cell.focus();
  await page.keyboard.type('１２');
  await page.keyboard.press('Tab');
  await expect(cell).toHaveValue('12');
  await expect(total).toHaveText('12');
  await cell.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('-3');
  await expect(cell).toHaveValue('-3');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await expect(cell).toHaveAccessibleDescription(/不能为负数，未计入/);
  await expect(total).toHaveText('');
  // A paste with one bad value pastes the others and lists the bad one beside the table.
  await pasteInto(page.getByLabel('二、上年结转政府信息公开申请数量 自然人', { exact: true }), '1\t2\nx\t4');
  await expect(page.getByRole('alert')).toContainText('（一）予以公开｜自然人：“x”，不是数字');
  await expect(page.getByLabel('二、上年结转政府信息公开申请数量 自然人', { exact: true })).toHaveValue('1');
  await expect(page.getByLabel('三、本年度办理结果 （一）予以公开 法人或其他组织 商业企业', { exact: true })).toHaveValue('4');
  // 万元 takes decimals.
  await stepButton(page, '二、主动公开政府信息情况').click();
  const amount = page.getByLabel('行政事业性收费 本年收费金额（单位：万元）', { exact: true });
  await amount.focus();
  await page.keyboard.type('12.35');
  await expect(amount).toHaveValue('12.35');
  await expect(amount).not.toHaveAttribute('aria-invalid', 'true');
});

test('检查与导出 lists every finding; its link jumps to the step and focuses the cell', async ({ page }) => {
  await page.goto('/#applications');
  await page.getByRole('button', { name: '空白格全部填0' }).click();
  await typeInto(page.getByLabel('四、结转下年度继续办理 法人或其他组织 科研机构', { exact: true }), '5');
  await stepButton(page, '检查与导出').click();
  const link = page.getByRole('link', { name: /科研机构列相差5/ });
  await expect(link).toBeVisible();
  await expect(page.locator('#status-applications')).toHaveText('有错误');
  await link.click();
  await expect(page.getByRole('heading', { level: 2, name: '三、收到和处理政府信息公开申请情况' })).toBeVisible();
  await expect(page.getByLabel('一、本年新收政府信息公开申请数量 法人或其他组织 科研机构', { exact: true })).toBeFocused();
});
