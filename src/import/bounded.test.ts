/**
 * Imports with bounded cost (issue 10 §3): zip bombs, huge entry counts, deep nesting and broken
 * document.xml are refused with a reason; the readers' work grows linearly (steps counted, not
 * milliseconds).
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createI18n } from '../i18n/index.ts';
import { importReport } from './import-report.ts';
import { readDocx } from './docx.ts';
import { DOCX_LIMITS, depthSteps, nestingDepth } from './docx-limits.ts';
import { htmlSteps, readHtml, removeBetween, withoutDeclarations } from './html.ts';
import { renderImportError } from './messages.ts';
import { stripDebris } from './normalize.ts';
import { layoutSteps, readText } from './source.ts';
import { gridSteps } from './grid/section-grids.ts';
import { unplacedSteps } from './map/map-tables.ts';
import { LABEL_WINDOW, labelSteps, tokenSteps } from './map/table-reading.ts';
import { importText } from './import-report.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

async function docx(documentXml: string | Uint8Array, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', documentXml);
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Sets every uncompressed-size field (local headers and central directory) to `size`: a lying zip. */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

const i18n = createI18n('zh-CN');
const en = createI18n('en');

describe('.docx: bounded', () => {
  it('refuses a zip bomb by the size it inflates to, even when the header lies', async () => {
    // 8 MB of zeros deflate to ~8 KB; the cap is lowered to 1 MB to keep the test small.
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = await docx(zeros);
    expect(bomb.length).toBeLessThan(200_000);
    for (const bytes of [bomb, lieAboutSizes(bomb, 100)]) {
      const result = await importReport({ kind: 'docx', bytes, limits: { documentBytes: 1024 * 1024 } });
      expect(result).toMatchObject({ ok: false, error: 'notADocx', params: { reason: 'tooLarge', part: 'word/document.xml', limit: '1' } });
      if (!result.ok) {
        expect(renderImportError(result, i18n)).toContain('超过1 MB');
        expect(renderImportError(result, en)).toContain('more than 1 MB');
      }
    }
  });

  it('refuses a package with too many entries before reading them', async () => {
    const extra = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`x/${i}.xml`, '<x/>']));
    const result = await importReport({ kind: 'docx', bytes: await docx(body(para('x')), extra), limits: { entries: 10 } });
    expect(result).toMatchObject({
      ok: false,
      error: 'notADocx',
      params: { reason: 'tooManyEntries', count: expect.stringMatching(/^4\d$/), limit: '10' },
    });
  });

  it.each([
    ['10 000 nested tables', 10_000, '<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'],
    ['100 000 nested w:sdt', 100_000, '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
    ['100 000 nested runs', 100_000, '<w:r>', '</w:r>'],
  ])('refuses %s with a reason, no stack overflow', async (_, depth, open, close) => {
    const xml = body(`${open.repeat(depth)}${para('x')}${close.repeat(depth)}`);
    const result = await importReport({ kind: 'docx', bytes: await docx(xml) });
    expect(result).toMatchObject({ ok: false, error: 'notADocx', params: { reason: 'tooDeep', limit: String(DOCX_LIMITS.depth) } });
    if (!result.ok) expect(renderImportError(result, i18n)).toContain('嵌套层数');
  });

  it('reads text nested as deep as the limit allows, without recursion', async () => {
    const depth = 300;
    const sdt = `${'<w:sdt><w:sdtContent>'.repeat(depth)}${para('深处的段落')}${'</w:sdtContent></w:sdt>'.repeat(depth)}`;
    const table = `${'<w:tbl><w:tr><w:tc>'.repeat(depth / 3)}${para('单元格')}${'</w:tc></w:tr></w:tbl>'.repeat(depth / 3)}`;
    const source = await readDocx(await docx(body(sdt + table)));
    expect(source.lines.map((l) => l.text)).toContain('深处的段落');
    expect(source.lines.map((l) => l.text).join('')).toContain('单元格');
  });

  it('reads a paragraph of 200 000 runs (flat, not nested) without overflowing the stack', async () => {
    const runs = '<w:r><w:t>字</w:t></w:r>'.repeat(200_000);
    const source = await readDocx(
      await docx(body(`<w:p>${runs}</w:p><w:sdt><w:sdtContent>${para('x').repeat(150_000)}</w:sdtContent></w:sdt>`)),
    );
    expect(source.lines[0]?.text.length).toBe(200_000);
    expect(source.lines.length).toBe(150_001);
  });

  it('says what is wrong with a document.xml that is not XML', async () => {
    for (const xml of ['this is not XML', '<w:document><w:body></w:document>']) {
      const result = await importReport({ kind: 'docx', bytes: await docx(xml) });
      expect(result).toMatchObject({ ok: false, error: 'notADocx', params: { reason: 'notXml' } });
      if (!result.ok) expect(renderImportError(result, en)).toContain('not valid XML');
    }
  });

  it('reads a UTF-16 document.xml (with or without a byte-order mark)', async () => {
    const xml = body(para('二〇二四年')).replace('UTF-8', 'UTF-16');
    const utf16 = (text: string, bom: boolean) => {
      const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
      const view = new DataView(out.buffer);
      [...(bom ? '\ufeff' : ''), ...text].forEach((c, i) => view.setUint16(i * 2, c.charCodeAt(0), true));
      return out;
    };
    for (const bom of [true, false]) {
      const source = await readDocx(await docx(utf16(xml, bom)));
      expect(source.lines.map((l) => l.text)).toEqual(['二〇二四年']);
    }
  });

  it('checks nesting in one pass (steps counted)', () => {
    const xml = (n: number) => body(`${'<w:r a=">">'.repeat(n)}${'</w:r>'.repeat(n)}<!--<x>--><![CDATA[<y>]]>`);
    const steps = (n: number) => {
      depthSteps.count = 0;
      expect(nestingDepth(xml(n), Infinity)).toBe(n + 2);
      return depthSteps.count;
    };
    expect(steps(200_000)).toBeLessThanOrEqual(2.5 * steps(100_000));
    expect(nestingDepth(xml(10), 5)).toBe(6);
  });
});

describe('HTML: one forward pass', () => {
  const oldStrip = (html: string) =>
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<!\[[\s\S]*?\]>/g, '')
      .replace(/<![^>]*>|<\?[^>]*\?>/g, '');
  const newStrip = (html: string) => withoutDeclarations(removeBetween(removeBetween(html, '<!--', '-->'), '<![', ']>'));

  it('removes comments, conditional comments and declarations exactly as the regexes did (property)', () => {
    const piece = fc.constantFrom('<!--', '-->', '<![', ']>', '<!', '<?', '?>', '>', '<', '-', '?', '!', '[', ']', 'a', '<p>', ' ');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((a) => a.join('')),
        (html) => {
          expect(newStrip(html)).toBe(oldStrip(html));
        },
      ),
      { seed: 20, numRuns: 4000 },
    );
  });

  it.each([
    ['unclosed <!--', '<!--'],
    ['unclosed <![', '<!['],
    ['unclosed <? and <!', '<?<!'],
    ['unclosed <a', '<a'],
  ])('%s repeated: work grows linearly', (_, unit) => {
    const steps = (n: number) => {
      htmlSteps.count = 0;
      readHtml(unit.repeat(n / unit.length));
      return htmlSteps.count;
    };
    const one = steps(200_000);
    expect(one).toBeLessThanOrEqual(10 * 200_000);
    expect(steps(400_000)).toBeLessThanOrEqual(2.5 * one);
  });

  it('reads the same lines from well-formed pages as before (tags after the last > are text)', () => {
    expect(readHtml('<p>一</p><!-- c --><table><tr><td>1</td><td>2</td></tr></table><p>二 <a').lines.map((l) => l.cells)).toEqual([
      ['一'],
      ['1', '2'],
      ['二 <a'],
    ]);
  });
});

describe('text readers: linear', () => {
  const OLD_DEBRIS = /\[(?:bookmark|anchor|image|footnote)[^\]]*\]/gi;
  it('strips debris markers exactly as before (property)', () => {
    const piece = fc.constantFrom('[bookmark', '[image: x', ']', '[', 'a', ' ', 'BOOKMARK');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 20 }).map((a) => a.join('')),
        (text) => {
          expect(stripDebris(text)).toBe(text.replace(OLD_DEBRIS, ''));
        },
      ),
      { seed: 21, numRuns: 2000 },
    );
  });

  it('drops repeated page headers with work linear in pages (40 000 form feeds)', () => {
    const steps = (pages: number) => {
      layoutSteps.count = 0;
      const source = readText(`${'页眉\n正文\f'.repeat(pages)}`);
      expect(source.droppedLines).toBe(pages);
      return layoutSteps.count;
    };
    const one = steps(40_000);
    expect(steps(80_000)).toBeLessThanOrEqual(2.5 * one);
  });

  it('reads Markdown separators as before, without backtracking', () => {
    const OLD = /^\s*\|?[\s:|-]+\|?\s*$/;
    const NEW = /^[\s:|-]+$/;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('|', ' ', '-', ':', '\t', 'x'), { maxLength: 16 }).map((a) => a.join('')),
        (line) => {
          expect(NEW.test(line)).toBe(OLD.test(line));
        },
      ),
      { seed: 22, numRuns: 3000 },
    );
    const text = `|a|\n|b|\n|c|\n|${' '.repeat(200_000)}x|\n`;
    expect(readText(text).format).toBe('markdown');
  });
});

describe('tables: label search bounded', () => {
  it('a section 三 of many lines costs a bounded number of label comparisons', () => {
    const text = (lines: number) =>
      `2024年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n${'甲乙\n'.repeat(lines)}四、政府信息公开行政复议、行政诉讼情况\n${'1\n'.repeat(lines)}`;
    const steps = (lines: number) => {
      labelSteps.count = 0;
      importText(text(lines));
      return labelSteps.count;
    };
    const one = steps(20_000);
    // Every row label of tables 二 and 三 is looked for at most LABEL_WINDOW cells ahead.
    expect(one).toBeLessThanOrEqual(100 * LABEL_WINDOW);
    expect(steps(40_000)).toBeLessThanOrEqual(one);
  });

  it('reading a section 三 of n short lines into its grid and mapping it: steps linear in n (issue 10, tableTokens)', () => {
    // tools/bench/pathological-shapes.ts `tableTokens`: n/3 lines 甲乙 in section 三, n/2 lines 1 in 四.
    const text = (n: number) =>
      `2024年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n${'甲乙\n'.repeat(n / 3)}四、政府信息公开行政复议、行政诉讼情况\n${'1\n'.repeat(n / 2)}`;
    const steps = (n: number) => {
      for (const counter of [gridSteps, tokenSteps, labelSteps, unplacedSteps]) counter.count = 0;
      importText(text(n));
      return { grid: gridSteps.count, tokens: tokenSteps.count, labels: labelSteps.count, unplaced: unplacedSteps.count };
    };
    const one = steps(60_000);
    const two = steps(120_000);
    // Every grid cell is visited once by the grid, once by the cursor and at most twice when the
    // mapping lists what it left; labels are looked for within a window of cells, whatever n is.
    for (const [counter, limit] of [
      ['grid', 1],
      ['tokens', 1],
      ['unplaced', 2],
    ] as const) {
      expect(one[counter]).toBeLessThanOrEqual(limit * (60_000 / 3 + 60_000 / 2) + 100);
      expect(two[counter]).toBeLessThanOrEqual(2.1 * one[counter]);
    }
    expect(two.labels).toBeLessThanOrEqual(one.labels);
  });
});
