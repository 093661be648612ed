/**
 * A paste too long to show whole (issue 10): the 导入 text area holds its beginning and says so,
 * and the importer reads all of it — on the paste, and again through 读取粘贴的内容 after 重新导入.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const seed002Text = readFileSync('src/import/fixtures/seed-002-huancui-2024.txt', 'utf8');
// 4 000 lines before the report: the text area shows only lines of this heading, none of the report.
const LONG = `${'往年报告附件目录\n'.repeat(4000)}${seed002Text}`;

test('a paste of 4 000 lines before the report: the text area shows the beginning, the import reads everything', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '导入往年报告' }).click();
  const area = page.getByRole('dialog', { name: '导入往年报告' }).getByLabel('粘贴报告全文');
  await area.evaluate((el, text) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, LONG);

  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result.getByTestId('import-organ')).toHaveText(/威海市环翠区/);
  await result.getByRole('button', { name: '重新导入' }).click();

  const dialog = page.getByRole('dialog', { name: '导入往年报告' });
  const shown = await dialog.getByLabel('粘贴报告全文').inputValue();
  expect(shown.split('\n')).toHaveLength(3000);
  expect(shown).not.toContain('威海市环翠区');
  await expect(dialog).toContainText(`粘贴的内容很长（${LONG.length}个字符），这里只显示开头部分；读取的是全部内容。`);

  // Read again: the whole paste, not the part shown.
  await dialog.getByRole('button', { name: '读取粘贴的内容' }).click();
  await expect(page.getByRole('dialog', { name: '导入结果' }).getByTestId('import-organ')).toHaveText(/威海市环翠区/);

  // Typed into, the text area's own text is what is read, and the note goes.
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '重新导入' }).click();
  await dialog.getByLabel('粘贴报告全文').press('End');
  await dialog.getByLabel('粘贴报告全文').pressSequentially('x');
  await expect(dialog).not.toContainText('粘贴的内容很长');
});
