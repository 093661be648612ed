import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docxOf(bodyXml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const texts = async (bodyXml: string) => (await readDocx(await docxOf(bodyXml))).lines.map((l) => l.text);

describe('readDocx: the text a reader of the Word file sees', () => {
  it('leaves out text deleted under track changes and keeps what was inserted', async () => {
    // Word writes deleted runs as w:delText; some editors keep w:t inside w:del: neither is seen.
    const p =
      '<w:p><w:r><w:t>本年共收到申请</w:t></w:r>' +
      '<w:del w:id="1" w:author="a"><w:r><w:t>12</w:t></w:r><w:r><w:delText>13</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a"><w:r><w:t>10</w:t></w:r></w:ins><w:r><w:t>件。</w:t></w:r></w:p>';
    expect(await texts(p)).toEqual(['本年共收到申请10件。']);
  });

  it('reads a tab as a cell gap and a line break as a new line, and no field code', async () => {
    const p =
      '<w:p><w:r><w:t>自然人</w:t><w:tab/><w:t>5</w:t><w:br/><w:t>第二行</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const lines = await texts(p);
    expect(lines.join('\n')).not.toContain('PAGE');
    expect(lines.join('\n')).toContain('第二行');
    expect(lines.some((l) => /自然人\s+5/.test(l))).toBe(true);
  });
});
