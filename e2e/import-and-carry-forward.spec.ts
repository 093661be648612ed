/**
 * 导入往年报告 and 开始新一年度的报告 in the built app: seed 002 (环翠区 2024) pasted as text and as
 * HTML, its findings, starting 2025 from it, year-over-year figures, the last-year badge, the
 * sentence helper, prose warnings with jump links, refusal of a non-report, axe and screenshots.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TABLE3 as TABLE3_DEF, inputCells } from '../src/report/index.ts';
import { autosavedReport, pasteInto, startNextYearFromCurrent, stepButton, typeInto } from './helpers.ts';

const seed002Text = readFileSync('src/import/fixtures/seed-002-huancui-2024.txt', 'utf8');
const seed002Html = readFileSync('src/import/fixtures/seed-002.html', 'utf8');
const seed002Draft = JSON.parse(readFileSync('src/report/fixtures/seeds/002-huancui-2024.draft.json', 'utf8')) as {
  report: { tables: unknown };
};

const TABLE3 = '三、收到和处理政府信息公开申请情况';
/** Table 三's input cells, from the definition (144 in the 2021 form). */
const T3_CELLS = inputCells(TABLE3_DEF).length;
const OVERVIEW = '一、总体情况';
const ON_REQUEST = '#f-narrative-overview-areas-onRequest-text';

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '导入往年报告' }).click();
  const dialog = page.getByRole('dialog', { name: '导入往年报告' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function audit(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

test('seed 002 pasted as text: findings, open it, start 2025 from it, 上年 figures, badge, prose warnings', async ({ page }) => {
  await page.goto('/');
  const dialog = await openImport(page);
  await pasteInto(dialog.getByLabel('粘贴报告全文'), seed002Text);

  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result.getByTestId('import-organ')).toHaveText('威海市环翠区人民政府');
  await expect(result).toContainText('2024年度');
  await expect(result).toContainText(`${TABLE3}：已导入 (${T3_CELLS}/${T3_CELLS}个单元格)`);
  await expect(result).toContainText('原报告标题“5、 存在的主要问题及改进情况”的序号不规范，已按“五、存在的主要问题及改进情况”导入');
  await expect(result).toContainText('原报告末尾没有落款日期');
  // The source's own prose mistake is reported before anything is opened.
  await expect(result).toContainText('中的数字7与表三“四、结转下年度继续办理/总计”的9不一致');

  // Open it as last year's report: the prose warning is on section 一, at its text area.
  await result.getByRole('button', { name: '打开2024年度报告' }).click();
  await expect(page.getByLabel('机关名称')).toHaveValue('威海市环翠区人民政府');
  await stepButton(page, OVERVIEW).click();
  const warning =
    '“2024年全区新收政府信息公开申请156件，结转下年度继续办理7件，申请领域主要包括土地征收、建设项目、房地产及物业等。”中的数字7与表三“四、结转下年度继续办理/总计”的9不一致';
  await expect(page.locator('.field-note').filter({ hasText: warning })).toBeVisible();
  await expect(page.locator(ON_REQUEST)).toHaveAccessibleDescription(new RegExp(warning.slice(1, 20)));
  // A report without last year has no 上年 figures and no badge.
  await expect(page.locator('.last-year-badge')).toHaveCount(0);

  // 开始新一年度的报告 from the opened draft: the draft is not blank, so the app asks first.
  await startNextYearFromCurrent(page);
  await expect(page.getByRole('status').filter({ hasText: '已以2024年度报告为起点新建2025年度报告' })).toBeVisible();
  await expect(page.getByLabel('报告年度')).toHaveValue('2025');
  // The source's own opening paragraph is kept to edit, and still names 2024: said beside it.
  await expect(page.getByLabel('开头段落', { exact: true })).toHaveAccessibleDescription(/开头段落沿用了2024年报告的原文/);

  await stepButton(page, TABLE3).click();
  const carried = [
    '自然人',
    '法人或其他组织 商业企业',
    '法人或其他组织 科研机构',
    '法人或其他组织 社会公益组织',
    '法人或其他组织 法律服务机构',
    '法人或其他组织 其他',
  ];
  const expected = ['9', '0', '0', '0', '0', '0'];
  for (const [i, column] of carried.entries())
    await expect(page.getByLabel(`二、上年结转政府信息公开申请数量 ${column}`, { exact: true })).toHaveValue(expected[i] ?? '');
  await expect(page.getByLabel('二、上年结转政府信息公开申请数量 总计（自动计算）', { exact: true })).toHaveText('9');
  // Last year's figures beside the cells: a description, not part of the name.
  const received = page.getByLabel('一、本年新收政府信息公开申请数量 总计（自动计算）', { exact: true });
  await expect(received).toHaveAccessibleDescription('上年 156');
  const natural = page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true });
  await expect(natural).toHaveAccessibleDescription(/^上年 \d+$/);
  await expect(natural).toHaveValue('');
  await typeInto(natural, '5');
  await expect(received).toHaveText('5');
  await page.screenshot({ path: 'artifacts/screenshots/import-table3-previous-year.png' });

  // Section 一: last year's text is marked until edited; a contradicting sentence is flagged.
  await stepButton(page, OVERVIEW).click();
  const onRequest = page.locator(ON_REQUEST);
  const badge = page.locator(`${ON_REQUEST}-last`);
  await expect(badge).toHaveText('沿用上年内容，请更新');
  await expect(onRequest).toHaveAccessibleDescription(/沿用上年内容，请更新/);
  await expect(page.locator('.last-year-badge')).toHaveCount(6);
  await page.screenshot({ path: 'artifacts/screenshots/import-overview-last-year.png' });
  await typeInto(onRequest, '本年度新收政府信息公开申请200件，上年结转5件。');
  await expect(badge).toHaveCount(0);
  const said200 = page.locator('.field-note').filter({ hasText: '中的数字200与表三“一、本年新收政府信息公开申请数量/总计”的5不一致' });
  await expect(said200).toBeVisible();
  await expect(
    page.locator('.field-note').filter({ hasText: '中的数字5与表三“二、上年结转政府信息公开申请数量/总计”的9不一致' }),
  ).toBeVisible();

  // The same warning in 检查与导出 jumps to the text area, not to the table.
  await stepButton(page, '检查与导出').click();
  await page.getByRole('link', { name: /中的数字200与表三/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: OVERVIEW })).toBeVisible();
  await expect(onRequest).toBeFocused();
  // Copied text (prev.similarText) links to its text area too.
  await stepButton(page, '检查与导出').click();
  await page
    .getByRole('link', { name: /此段与2024年报告相同部分约100%/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: OVERVIEW })).toBeVisible();
  await expect(page.locator('#f-narrative-overview-intro')).toBeFocused();

  // A changed carry-over is checked against last year's 结转下年度 (prev.carryOver), jump to the cell.
  await stepButton(page, TABLE3).click();
  await typeInto(page.getByLabel('二、上年结转政府信息公开申请数量 自然人', { exact: true }), '8');
  await stepButton(page, '检查与导出').click();
  await page.getByRole('link', { name: /表三“二、上年结转”自然人列为8，而2024年报告“四、结转下年度继续办理”为9/ }).click();
  await expect(page.getByLabel('二、上年结转政府信息公开申请数量 自然人', { exact: true })).toBeFocused();
});

test('the sentence helper inserts a generated sentence only when asked', async ({ page }) => {
  await page.goto('/');
  const dialog = await openImport(page);
  await pasteInto(dialog.getByLabel('粘贴报告全文'), seed002Text);
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '打开2024年度报告' }).click();
  await stepButton(page, OVERVIEW).click();
  const onRequest = page.locator(ON_REQUEST);
  const before = await onRequest.inputValue();

  await page.getByRole('button', { name: '生成数据句子' }).click();
  const sentence = '本年度新收政府信息公开申请156件，上年结转7件；办结154件，结转下年度继续办理9件。';
  await expect(page.getByRole('radio', { name: sentence })).toBeChecked();
  await expect(onRequest).toHaveValue(before);
  await expect(page.getByLabel('插入到')).toHaveValue('narrative.overview.areas.onRequest.text');
  await page.screenshot({ path: 'artifacts/screenshots/import-sentence-helper.png' });
  await page.getByRole('button', { name: '插入所选句子' }).click();
  await expect(onRequest).toHaveValue(`${before.trimEnd()}${sentence}`);
  await expect(onRequest).toBeFocused();
  // The generated sentence agrees with the tables: only the source's own 7-vs-9 remains.
  await page.waitForTimeout(400);
  await expect(page.locator('.field-note').filter({ hasText: '中的数字' })).toHaveCount(1);
});

test('an HTML paste with real tables, and a .docx file, import the same figures', async ({ page }) => {
  await page.goto('/');
  let dialog = await openImport(page);
  await pasteInto(dialog.getByLabel('粘贴报告全文'), 'ignored when the HTML is a report', seed002Html);
  let result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('网页（含表格）');
  await expect(result).toContainText(`${TABLE3}：已导入 (${T3_CELLS}/${T3_CELLS}个单元格)`);
  await result.getByRole('button', { name: '打开2024年度报告' }).click();
  expect((await autosavedReport(page)).tables).toEqual(seed002Draft.report.tables);

  await page.getByRole('button', { name: '新建' }).click();
  dialog = await openImport(page);
  await dialog.getByTestId('import-file-input').setInputFiles('src/import/fixtures/seed-002.docx');
  result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('Word文件');
  await result.getByRole('button', { name: '以此为起点编写2025年度报告' }).click();
  const report = await autosavedReport(page);
  expect(report.year).toBe(2025);
  expect((report.previous as { tables: unknown }).tables).toEqual(seed002Draft.report.tables);

  // A report file dropped anywhere on the page goes to the import dialog (a draft .json would open as a draft).
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], '环翠区2024年报告.txt', { type: 'text/plain' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, seed002Text);
  result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText(`${TABLE3}：已导入 (${T3_CELLS}/${T3_CELLS}个单元格)`);
  await result.getByRole('button', { name: '取消' }).click();
  await expect(result).toBeHidden();
  expect((await autosavedReport(page)).year).toBe(2025);
});

test('a non-report is refused with the specific message and the current draft is untouched', async ({ page }) => {
  await page.goto('/');
  await typeInto(page.getByLabel('机关名称'), '某镇人民政府');
  const saved = JSON.stringify(await autosavedReport(page));
  const dialog = await openImport(page);
  // Typed (or edited after a paste), so it is read by the button rather than on paste.
  await typeInto(dialog.getByLabel('粘贴报告全文'), '关于召开2024年度安全生产工作会议的通知\n各村（居）委会：\n定于3月5日上午召开会议。');
  await dialog.getByRole('button', { name: '读取粘贴的内容' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('这不是政府信息公开工作年度报告：没有找到报告的各部分标题和统计表');
  await expect(alert).toContainText('当前草稿没有任何改动');
  // An unsupported file says what is accepted.
  await dialog
    .getByTestId('import-file-input')
    .setInputFiles({ name: '年报.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('xls') });
  await expect(dialog.getByRole('alert')).toContainText('只能导入.txt、.docx、.pdf、.html或.md文件');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('机关名称')).toHaveValue('某镇人民政府');
  expect(JSON.stringify(await autosavedReport(page))).toBe(saved);
});

test('开始新一年度的报告 says why the blank draft cannot be last year’s, asks before replacing; cancelling keeps the draft', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: '开始新一年度的报告' }).click();
  const choose = page.getByRole('dialog', { name: '开始新一年度的报告' });
  const fromCurrent = choose.getByRole('button', { name: /^当前打开的\d{4}年度草稿$/ });
  await expect(fromCurrent).toBeDisabled();
  await expect(fromCurrent).toHaveAccessibleDescription(/统计表还没有任何数字，不能作为上年报告/);
  await choose.getByRole('button', { name: '取消' }).click();
  await typeInto(page.getByLabel('机关名称'), '某镇人民政府');
  await stepButton(page, TABLE3).click();
  await typeInto(page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true }), '4');
  await page.getByRole('button', { name: '开始新一年度的报告' }).click();
  await choose.getByRole('button', { name: /^当前打开的\d{4}年度草稿$/ }).click();
  const question = page.getByRole('alertdialog', { name: /^新建\d{4}年度报告并替换当前草稿？$/ });
  await expect(question).toContainText('建议先取消并点“保存草稿”');
  await question.getByRole('button', { name: '取消' }).click();
  await expect(page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true })).toHaveValue('4');
  await startNextYearFromCurrent(page);
  await stepButton(page, TABLE3).click();
  await expect(page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('一、本年新收政府信息公开申请数量 自然人', { exact: true })).toHaveAccessibleDescription('上年 4');
});

test('the import dialog passes an axe scan and is screenshotted (Chinese, 1280×800)', async ({ page }) => {
  await page.goto('/');
  const dialog = await openImport(page);
  await audit(page, 'import dialog');
  await page.screenshot({ path: 'artifacts/screenshots/import-dialog.png' });
  await pasteInto(dialog.getByLabel('粘贴报告全文'), seed002Text);
  await expect(page.getByRole('dialog', { name: '导入结果' })).toBeVisible();
  await audit(page, 'import result');
  await page.screenshot({ path: 'artifacts/screenshots/import-result.png' });
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '以此为起点编写2025年度报告' }).click();
  await stepButton(page, TABLE3).click();
  await audit(page, 'table 三 with 上年 figures');
  await stepButton(page, OVERVIEW).click();
  await audit(page, 'section 一 with last-year badges');
});
