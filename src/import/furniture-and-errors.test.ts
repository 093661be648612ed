import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/index.ts';
import { renderImportError } from './messages.ts';
import { withoutFurniture } from './source.ts';

const HEADER = '某某镇2024年政府信息公开工作年度报告';
const page = (...lines: string[]) => lines;

describe('withoutFurniture: a running header', () => {
  it('drops a first line repeated on three pages, and keeps one printed on two', () => {
    const three = [page(HEADER, '正文一'), page(HEADER, '正文二'), page(HEADER, '正文三')];
    expect(withoutFurniture(three, (l) => l)).toEqual({ kept: ['正文一', '正文二', '正文三'], dropped: 3 });
    const two = [page(HEADER, '正文一'), page(HEADER, '正文二'), page('正文三')];
    expect(withoutFurniture(two, (l) => l)).toEqual({ kept: [HEADER, '正文一', HEADER, '正文二', '正文三'], dropped: 0 });
  });
});

describe('renderImportError: the reason picks the message', () => {
  const zh = createI18n('zh-CN');
  it.each([
    [{ ok: false, error: 'notAReport', params: { reason: 'year' } }, '没有找到报告年度（标题或统计期限中的年份）'],
    [{ ok: false, error: 'notAReport', params: { reason: 'before2021', year: '2019' } }, '这是2019年度的报告，早于2021年格式，无法导入'],
    [{ ok: false, error: 'notAReport' }, '这不是政府信息公开工作年度报告：没有找到报告的各部分标题和统计表'],
    [
      { ok: false, error: 'notADocx', params: { reason: 'tooManyEntries', count: 20000, limit: 5000 } },
      '压缩包内有20000个条目，超过上限5000个',
    ],
    [{ ok: false, error: 'notAPdf', params: { reason: 'encrypted' } }, '文件设有打开密码'],
    [{ ok: false, error: 'notAPdf', params: {} }, '无法读取该PDF文件'],
  ] as const)('%j', (result, message) => {
    expect(renderImportError(result as Parameters<typeof renderImportError>[0], zh)).toContain(message);
  });
});
