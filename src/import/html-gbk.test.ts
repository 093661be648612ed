/**
 * Saved web pages (issue 11): a page in GBK declared by its <meta>, with a CMS's navigation,
 * metadata table and footer around the report, imports with every cell exact and none of the
 * page's furniture in the draft.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_INPUT_CELLS, cellId, getInput } from '../report/index.ts';
import { compareCells } from './corpus-check.ts';
import { inputOfFile } from './file-kind.ts';
import { declaredCharset, decodeHtml } from './html-charset.ts';
import { readHtml } from './html.ts';
import { importReport } from './import-report.ts';
import { seedDraft } from './test-helpers.ts';

const GBK_PAGE = new Uint8Array(readFileSync(new URL('./fixtures/seed-001.gbk.html', import.meta.url)));
/** 年报 in GBK. */
const NIANBAO_GBK = [0xc4, 0xea, 0xb1, 0xa8];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  it('follows the byte-order mark first', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>年报</p>')]))).toBe('<p>年报</p>');
    expect(decodeHtml(new Uint8Array([0xff, 0xfe, 0x74, 0x5e, 0xa5, 0x62]))).toBe('年报');
  });

  it('then the charset a <meta> declares, in either form', () => {
    const meta = ascii('<meta charset="gb2312"><p>');
    const httpEquiv = ascii('<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>');
    expect(declaredCharset(new Uint8Array(meta))).toBe('gb18030');
    expect(decodeHtml(new Uint8Array([...meta, ...NIANBAO_GBK]))).toBe('<meta charset="gb2312"><p>年报');
    expect(decodeHtml(new Uint8Array([...httpEquiv, ...NIANBAO_GBK]))).toContain('<p>年报');
  });

  it('finds the charset in an http-equiv content attribute, unquoted, and with spaces around =', () => {
    // The http-equiv form has other attributes before "charset" and no quote after "charset=".
    const page = (head: string) => new Uint8Array(ascii(`<html><head>${head}<title>年报</title>`));
    expect(declaredCharset(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gb18030');
    expect(declaredCharset(page('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">'))).toBe('utf-8');
    // HTML allows an unquoted value and spaces around the '='.
    expect(declaredCharset(page('<meta charset=gbk>'))).toBe('gb18030');
    expect(declaredCharset(page('<meta charset = "big5">'))).toBe('big5');
    expect(declaredCharset(page('<meta name="viewport" content="width=device-width">'))).toBeNull();
  });

  it('reads a page declared GB2312/GBK with the GB18030 decoder, as browsers do: a four-byte character is kept', () => {
    // ㊣ and other characters outside GBK are saved by some editors as GB18030 four-byte sequences.
    const page = [...ascii('<meta charset="gbk"><p>'), ...NIANBAO_GBK, 0x81, 0x30, 0x81, 0x30, ...ascii('</p>')];
    expect(decodeHtml(new Uint8Array(page))).toBe('<meta charset="gbk"><p>年报\u0080</p>');
  });

  it('then UTF-8, and GBK Chinese that declares nothing', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>年报</p>'))).toBe('<p>年报</p>');
    const gbk = [...ascii('<p>'), ...Array.from({ length: 8 }, () => NIANBAO_GBK).flat(), ...ascii('</p>')];
    expect(decodeHtml(new Uint8Array(gbk))).toBe(`<p>${'年报'.repeat(8)}</p>`);
  });
});

describe('readHtml: tables and furniture', () => {
  it('keeps a blank cell spanning columns as that many blank cells; a filled one stays one cell', () => {
    const lines = readHtml(
      '<table><tr><td>二、上年结转</td><td>3</td><td colspan="5">&nbsp;</td><td>3</td></tr><tr><td>行政许可</td><td colspan="3">12</td></tr></table>',
    ).lines;
    expect(lines.map((l) => l.cells)).toEqual([
      ['二、上年结转', '3', '', '', '', '', '', '3'],
      ['行政许可', '12'],
    ]);
  });

  it('drops a CMS metadata table, navigation and footer lines', () => {
    const source = readHtml(
      '<nav><a>首页</a></nav><table><tr><td>索引号：</td><td>113/2024-1</td><td>发布机构：</td><td>某镇</td></tr></table><p>正文</p><p>【打印本页】【关闭窗口】</p><footer>版权所有</footer><div>网站标识码：1 鲁ICP备05012345号</div>',
    );
    expect(source.lines.map((l) => l.text)).toEqual(['正文']);
    expect(source.droppedLines).toBe(3);
  });
});

describe('a saved GBK web page', () => {
  it('imports seed 001 with every cell exact and none of the page around it', async () => {
    const input = inputOfFile('泽库镇2023年政府信息公开工作年度报告.html', GBK_PAGE);
    if (input?.kind !== 'html') throw new Error('not read as a web page');
    expect(input.html).toContain('索引号');
    const result = await importReport(input);
    if (!result.ok) throw new Error(result.error);
    const seed = seedDraft('001');
    const expected = new Map(ALL_INPUT_CELLS.map((ref) => [cellId(ref), getInput(seed.tables, ref)]));
    const comparison = compareCells(result.report, expected);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.exact).toBe(ALL_INPUT_CELLS.length);
    expect(result.report.organ.name).toBe(seed.organ.name);
    expect(result.report.year).toBe(seed.year);
    expect(result.report.signature).toEqual(seed.signature);
    expect(result.report.preamble.opening).toBe(seed.preamble.opening);
    const text = JSON.stringify(result.report);
    for (const furniture of ['索引号', '发布机构', '首页', '打印', '版权所有', 'ICP', '浏览次数']) expect(text).not.toContain(furniture);
    expect(Object.values(result.sections).every((s) => s.status === 'imported')).toBe(true);
  });
});
