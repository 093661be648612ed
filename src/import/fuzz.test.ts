/**
 * Fuzzing the importer (issue 10): whatever the text, HTML, Markdown or .docx bytes, importReport
 * returns a result or a typed refusal and never throws. Inputs mix pieces of a real report with
 * the shapes that broke readers before (unclosed markup, pipes, form feeds, numerals, deep XML).
 * Fixed seeds and modest run counts keep it to a few seconds.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createI18n } from '../i18n/index.ts';
import { importReport, type ImportInput } from './import-report.ts';
import { renderImportError, renderImportFinding } from './messages.ts';
import { seedText } from './test-helpers.ts';

const SEED = seedText('002');
const SEED_HTML = readFileSync(new URL('./fixtures/seed-002.html', import.meta.url), 'utf8');
const SEED_DOCX = new Uint8Array(readFileSync(new URL('./fixtures/seed-002.docx', import.meta.url)));
const i18n = createI18n('zh-CN');
const ERRORS = ['empty', 'notAReport', 'notADocx', 'unsupportedFile'];

/** A slice of a real document: the importer's happy path, cut anywhere. */
const sliceOf = (text: string) =>
  fc.oneof(
    fc.constant(text),
    fc.tuple(fc.nat(text.length), fc.nat(4000)).map(([start, length]) => text.slice(start, start + length)),
  );

const NASTY = [
  '<!--',
  '<![',
  '<?',
  '<a',
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '-->',
  ']>',
  '>',
  '|',
  '| - |',
  '\f',
  '\t',
  '\n',
  '\r\n',
  '  ',
  '\u3000',
  '一二三',
  '1,111',
  '件',
  '未收到行政复议',
  '&#x1F600;',
  '&amp',
  '[bookmark',
  '\u0000',
  '\ud800',
  '一、总体情况',
  '三、收到和处理政府信息公开申请情况',
];
const nasty = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(''));
/** Real text with nasty pieces spliced in. */
const spliced = (text: string) =>
  fc
    .tuple(sliceOf(text), fc.array(fc.tuple(fc.nat(), nasty), { maxLength: 6 }))
    .map(([base, inserts]) =>
      inserts.reduce((s, [at, piece]) => s.slice(0, at % (s.length + 1)) + piece + s.slice(at % (s.length + 1)), base),
    );

async function expectHandled(input: ImportInput): Promise<void> {
  const result = await importReport(input);
  if (result.ok) {
    for (const f of result.findings) expect(typeof renderImportFinding(f, i18n)).toBe('string');
  } else {
    expect(ERRORS).toContain(result.error);
    expect(renderImportError(result, i18n)).not.toMatch(/^import:/);
  }
}

async function zipOf(documentXml: string | Uint8Array): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('word/document.xml', documentXml);
  return zip.generateAsync({ type: 'uint8array' });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const XML_PIECES = [
  '<w:p>',
  '</w:p>',
  '<w:r>',
  '</w:r>',
  '<w:t>',
  '</w:t>',
  '<w:tbl>',
  '</w:tbl>',
  '<w:tr>',
  '</w:tr>',
  '<w:tc>',
  '</w:tc>',
  '<w:sdt><w:sdtContent>',
  '</w:sdtContent></w:sdt>',
  '<w:br/>',
  '<w:tab/>',
  '<w:vMerge/>',
  '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>',
  '政府信息公开',
  '2024年',
  '156',
  '<!--',
  ']]>',
  '<',
  '&',
  '"',
];
const documentXml = fc
  .array(fc.constantFrom(...XML_PIECES), { maxLength: 60 })
  .map((a) => `<w:document ${W}><w:body>${a.join('')}</w:body></w:document>`);

describe('import fuzz: never an uncaught exception', () => {
  it('plain text, Markdown and pdftotext-like text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(spliced(SEED), nasty), (text) => expectHandled({ kind: 'text', text })),
      { seed: 40, numRuns: 300 },
    );
  });

  it('HTML (with its plain-text fallback)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(spliced(SEED_HTML), nasty), fc.option(sliceOf(SEED), { nil: undefined }), (html, text) =>
        expectHandled({ kind: 'html', html, text }),
      ),
      { seed: 41, numRuns: 300 },
    );
  });

  it('.docx: random document.xml, random bytes, a real file with bytes flipped or cut', async () => {
    const mutated = fc
      .tuple(fc.array(fc.tuple(fc.nat(SEED_DOCX.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(SEED_DOCX.length))
      .map(([flips, cut]) => {
        const bytes = SEED_DOCX.slice(0, Math.max(cut, 22));
        for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
        return bytes;
      });
    const bytes = fc.oneof(
      documentXml.map((xml) => ({ xml })),
      fc.uint8Array({ maxLength: 200 }).map((raw) => ({ raw })),
      mutated.map((raw) => ({ raw })),
      fc.string({ maxLength: 50 }).map((xml) => ({ xml })),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => expectHandled({ kind: 'docx', bytes: 'raw' in input ? input.raw : await zipOf(input.xml) })),
      { seed: 42, numRuns: 200 },
    );
  });
});
