/** readDocx: the lines a Word file gives the importer, and the files it refuses. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { NotADocxError, readDocx } from './docx.ts';
import { DOCX_LIMITS, nestingDepth } from './docx-limits.ts';

const W_URI = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}

/** A package whose body is `bodyXml`, written with the prefix `p` for WordprocessingML. */
const docxOf = (bodyXml: string, p = 'w') =>
  zipOf({
    '[Content_Types].xml': '<Types/>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><${p}:document xmlns:${p}="${W_URI}"><${p}:body>${bodyXml}</${p}:body></${p}:document>`,
  });

const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const cell = (inner: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;

const read = async (bodyXml: string, p?: string) => readDocx(await docxOf(bodyXml, p));
const cellsOf = async (bodyXml: string, p?: string) => (await read(bodyXml, p)).lines.map((l) => l.cells);

describe('readDocx: paragraphs', () => {
  it('reads each paragraph as a line of one cell, in order, as a .docx source', async () => {
    const source = await read(para('一、总体情况') + para('正文'));
    expect(source).toEqual({
      format: 'docx',
      lines: [
        { text: '一、总体情况', cells: ['一、总体情况'] },
        { text: '正文', cells: ['正文'] },
      ],
      droppedLines: 0,
    });
  });

  it('splits a paragraph at line and carriage breaks, and reads a tab as a space', async () => {
    const p = '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>自然人</w:t><w:tab/><w:t>5</w:t></w:r></w:p>';
    expect(await cellsOf(p)).toEqual([['第一行'], ['第二行'], ['自然人 5']]);
  });

  it('reads text in CDATA, and no comment, drawing or picture text', async () => {
    const p =
      '<w:p><w:r><w:t><![CDATA[本年]]></w:t><w:t>收<!-- 批注 -->到</w:t></w:r>' +
      '<w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>图中文字</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r>' +
      '<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>旧式图形</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>' +
      '<w:r><w:t>申请</w:t></w:r></w:p>';
    expect(await cellsOf(p)).toEqual([['本年收到申请']]);
  });

  it('reads the paragraphs of a content control where it stands, and nothing of its properties', async () => {
    const sdt = `<w:sdt><w:sdtPr><w:alias w:val="标题"/><w:t>属性</w:t></w:sdtPr><w:sdtContent>${para('控件一')}${para('控件二')}</w:sdtContent></w:sdt>`;
    expect(await cellsOf(para('前') + sdt + para('后'))).toEqual([['前'], ['控件一'], ['控件二'], ['后']]);
  });

  it('skips what is neither a paragraph, a table nor a content control', async () => {
    expect(await cellsOf(`${para('正文')}<w:bookmarkStart w:id="0"/><w:sectPr><w:t>节</w:t></w:sectPr>`)).toEqual([['正文']]);
  });

  it('reads a paragraph that nests another (a text box) on separate lines', async () => {
    const p = `<w:p><w:r><w:t>外</w:t></w:r><w:r><w:txbxContent>${para('内一')}${para('内二')}</w:txbxContent></w:r></w:p>`;
    expect(await cellsOf(p)).toEqual([['外'], ['内一'], ['内二']]);
    // A nested paragraph first: no empty line before it.
    expect(await cellsOf(`<w:p><w:r><w:txbxContent>${para('内')}</w:txbxContent></w:r></w:p>`)).toEqual([['内']]);
  });
});

describe('readDocx: tables', () => {
  it('reads a row as one line with a cell per cell, a cell’s paragraphs joined, and nothing of the row’s properties', async () => {
    const t = table(row('<w:trPr><w:trHeight w:val="300"/></w:trPr>', cell(para('行政') + para('许可')), cell(para('43540'))));
    expect(await cellsOf(t)).toEqual([['行政许可', '43540']]);
  });

  it('reads a continued vertical merge as an empty cell, and the cell that starts it with its text', async () => {
    const t = table(
      row(cell(para('（三）不予公开'), '<w:vMerge w:val="restart"/>'), cell(para('1.属于国家秘密')), cell(para('0'))),
      row(cell(para('（三）不予公开'), '<w:vMerge/>'), cell(para('2.其他法律')), cell(para('1'))),
      row(cell(para('（三）不予公开'), '<w:vMerge w:val="continue"/>'), cell(para('3.危及安全')), cell(para('2'))),
      row(cell(para('（四）无法提供'), '<w:shd w:val="clear"/>'), cell(para('1.本机关不掌握')), cell(para('3'))),
    );
    expect(await cellsOf(t)).toEqual([
      ['（三）不予公开', '1.属于国家秘密', '0'],
      ['', '2.其他法律', '1'],
      ['', '3.危及安全', '2'],
      ['（四）无法提供', '1.本机关不掌握', '3'],
    ]);
  });

  it('reads a document written with another prefix for the WordprocessingML namespace', async () => {
    const t = table(
      row(cell(para('甲'), '<w:vMerge w:val="restart"/>'), cell(para('1'))),
      row(cell(para('甲'), '<w:vMerge/>'), cell(para('2'))),
    );
    const prefixed = (para('标题') + t).replace(/<(\/?)w:/g, '<$1ns0:').replace(/ w:val=/g, ' ns0:val=');
    expect(await cellsOf(prefixed, 'ns0')).toEqual([['标题'], ['甲', '1'], ['', '2']]);
  });
});

describe('readDocx: files it refuses', () => {
  const refusal = async (bytes: Uint8Array | Promise<Uint8Array>, limits?: Parameters<typeof readDocx>[1]) => {
    try {
      await readDocx(await bytes, limits);
    } catch (error) {
      if (error instanceof NotADocxError) return { message: error.message, reason: error.reason, params: error.params };
      throw error;
    }
    throw new Error('read without error');
  };

  it('a file that is not a zip, or a zip without word/document.xml', async () => {
    expect(await refusal(new TextEncoder().encode('这不是压缩包'))).toEqual({ message: 'not a zip file', reason: undefined, params: {} });
    expect(await refusal(zipOf({ 'word/other.xml': '<x/>' }))).toEqual({ message: 'no word/document.xml', reason: undefined, params: {} });
    expect(await refusal(zipOf({ 'word/document.xml': '' }))).toEqual({ message: 'no word/document.xml', reason: undefined, params: {} });
  });

  it('a document.xml that is not XML, with the parser’s first line', async () => {
    const refused = await refusal(zipOf({ 'word/document.xml': 'this is not XML' }));
    expect(refused).toMatchObject({ message: 'document.xml is not XML', reason: 'notXml' });
    expect(refused.params.detail).toMatch(/root element/);
    const mismatched = await refusal(zipOf({ 'word/document.xml': `<w:document xmlns:w="${W_URI}"><w:body></w:document>` }));
    expect(mismatched.params.detail).toMatch(/^[^\n]*w:body[^\n]*$/);
  });

  it('a document without a WordprocessingML body', async () => {
    expect(await refusal(zipOf({ 'word/document.xml': `<w:document xmlns:w="${W_URI}"><w:other/></w:document>` }))).toMatchObject({
      message: 'no w:body',
    });
    expect(await refusal(zipOf({ 'word/document.xml': '<document><body><p>正文</p></body></document>' }))).toMatchObject({
      message: 'no w:body',
    });
  });

  it('a document.xml larger than the limit, naming the part and the limit in MB', async () => {
    const limits = { ...DOCX_LIMITS, documentBytes: 0.1 * 1024 * 1024 };
    expect(await refusal(docxOf(para('年度报告正文。').repeat(3000)), limits)).toEqual({
      message: `word/document.xml larger than ${limits.documentBytes} bytes`,
      reason: 'tooLarge',
      params: { part: 'word/document.xml', limit: '0.1' },
    });
  });

  it('a document nested exactly as deep as the limit is read', async () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(5)}${para('深')}${'</w:sdtContent></w:sdt>'.repeat(5)}`;
    const bytes = await docxOf(deep);
    const depth = nestingDepth(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'), 100);
    expect((await readDocx(bytes, { ...DOCX_LIMITS, depth })).lines.map((l) => l.text)).toEqual(['深']);
    expect(await refusal(bytes, { ...DOCX_LIMITS, depth: depth - 1 })).toMatchObject({
      reason: 'tooDeep',
      params: { limit: String(depth - 1) },
    });
  });

  it('a document nested deeper than the limit, naming the limit', async () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(5)}${para('深')}${'</w:sdtContent></w:sdt>'.repeat(5)}`;
    const limits = { documentBytes: 1024 * 1024, entries: 10, depth: 8 };
    expect(await refusal(docxOf(deep), limits)).toMatchObject({
      reason: 'tooDeep',
      params: { limit: '8' },
    });
    expect((await readDocx(await docxOf(deep), { ...limits, depth: 20 })).lines.map((l) => l.text)).toEqual(['深']);
  });
});
