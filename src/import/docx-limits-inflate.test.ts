import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { depthSteps, inflateCapped, nestingDepth } from './docx-limits.ts';

async function entry(content: string): Promise<JSZip.JSZipObject> {
  const zip = new JSZip();
  zip.file('word/document.xml', content);
  const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  const file = loaded.file('word/document.xml');
  if (!file) throw new Error('entry missing');
  return file;
}

describe('inflateCapped', () => {
  it('reads a part of exactly the limit and refuses one byte more', async () => {
    const xml = `<w:document>${'年'.repeat(1000)}</w:document>`;
    const size = new TextEncoder().encode(xml).length;
    const bytes = await inflateCapped(await entry(xml), size, 'word/document.xml');
    expect(new TextDecoder().decode(bytes)).toBe(xml);
    await expect(inflateCapped(await entry(xml), size - 1, 'word/document.xml')).rejects.toMatchObject({ reason: 'tooLarge' });
  });
});

describe('nestingDepth', () => {
  it('counts open elements, not self-closing ones, comments, CDATA or a > inside an attribute', () => {
    const xml =
      '<?xml version="1.0"?><w:document><!-- <a><b><c> --><w:body><w:p w:x="1>2" w:y=\'3>4\'><w:r/><![CDATA[<d><e>]]></w:p></w:body></w:document>';
    expect(nestingDepth(xml, 100)).toBe(3);
    expect(nestingDepth('<a><b></b><c><d><e/></d></c></a>', 100)).toBe(3);
  });

  it('stops as soon as the depth passes the limit', () => {
    depthSteps.count = 0;
    expect(nestingDepth(`${'<a>'.repeat(50)}${'x'.repeat(10_000)}`, 5)).toBe(6);
    expect(depthSteps.count).toBeLessThan(100);
  });
});
