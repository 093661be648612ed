import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { depthSteps, inflateCapped, nestingDepth } from './docx-limits.ts';

/** The part as JSZip reads it back; `declaredSize` overwrites the sizes in its headers, as a lying zip does. */
async function entry(content: string, declaredSize?: number): Promise<JSZip.JSZipObject> {
  const zip = new JSZip();
  zip.file('word/document.xml', content);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  if (declaredSize !== undefined) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 4 <= bytes.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, declaredSize, true); // local file header
      if (signature === 0x02014b50) view.setUint32(i + 24, declaredSize, true); // central directory
    }
  }
  const loaded = await JSZip.loadAsync(bytes);
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

  it('counts the inflated bytes when the zip header understates the size', async () => {
    // A zip bomb can declare a tiny size; the cap must still hold as the bytes come in, so a part of
    // 30 KB that claims 100 bytes is refused against a 10 KB limit instead of being read whole.
    const xml = `<w:document><w:body>${'<w:p><w:r><w:t>二〇二四年</w:t></w:r></w:p>'.repeat(800)}</w:body></w:document>`;
    expect(new TextEncoder().encode(xml).length).toBeGreaterThan(30_000);
    await expect(inflateCapped(await entry(xml, 100), 10_000, 'word/document.xml')).rejects.toMatchObject({
      reason: 'tooLarge',
      params: { part: 'word/document.xml' },
    });
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

  it('takes the deepest nesting, not the depth of the last element opened', () => {
    // A deep table early in the document and a shallow paragraph after it: the depth is the table's.
    expect(nestingDepth('<w:body><w:tbl><w:tr><w:tc></w:tc></w:tr></w:tbl><w:p></w:p></w:body>', 100)).toBe(4);
  });

  it('ends a quoted attribute value at its closing quote, for double and single quotes', () => {
    // After the value closes, the tag's own '>' ends it, so the elements that follow are counted.
    expect(nestingDepth('<w:body w:a="1"><w:p><w:r/></w:p></w:body>', 100)).toBe(2);
    // A "/>" inside a value does not make the tag self-closing, in either kind of quotes.
    expect(nestingDepth('<w:body w:a="x/>"><w:p></w:p></w:body>', 100)).toBe(2);
    expect(nestingDepth("<w:body w:a='x/>'><w:p></w:p></w:body>", 100)).toBe(2);
  });

  it('counts at least one step for every comment, declaration and tag it passes', () => {
    // The step count backs the linearity tests: it must not undercount, even for markup that
    // adds no depth (a document of comments is still work).
    depthSteps.count = 0;
    expect(nestingDepth('<!-- x -->'.repeat(1000), 100)).toBe(0);
    expect(depthSteps.count).toBeGreaterThanOrEqual(1000);
    expect(depthSteps.count).toBeLessThanOrEqual(10_000);
    depthSteps.count = 0;
    expect(nestingDepth('<w:p></w:p>'.repeat(1000), 100)).toBe(1);
    // Each tag costs its characters plus the hop to the next one.
    expect(depthSteps.count).toBeGreaterThanOrEqual('<w:p></w:p>'.length * 1000);
  });
});
