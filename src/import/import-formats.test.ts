/** The same report as Markdown, HTML, .docx (real Word tables with merges) and pdftotext -layout. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_INPUT_CELLS, cellId, getInput } from '../report/index.ts';
import { createI18n } from '../i18n/index.ts';
import { importReport, importText, renderImportError, renderImportFinding, type ImportInput } from './index.ts';
import { seedDraft, seedText } from './test-helpers.ts';
import { readDocx } from './docx.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const expected = seedDraft('002');
const cells = (tables: typeof expected.tables) => ALL_INPUT_CELLS.map((c) => [cellId(c), getInput(tables, c)]);
const squeeze = (s: string) => s.replace(/\s/g, '');

const INPUTS: [string, ImportInput, string][] = [
  ['Markdown pipe tables', { kind: 'text', text: fixture('seed-002.md').toString('utf8') }, 'markdown'],
  ['HTML <table> with rowspan/colspan', { kind: 'html', html: fixture('seed-002.html').toString('utf8') }, 'html'],
  ['.docx made by LibreOffice', { kind: 'docx', bytes: new Uint8Array(fixture('seed-002.docx')) }, 'docx'],
  ['pdftotext -layout of that .docx', { kind: 'text', text: fixture('seed-002.pdftotext.txt').toString('utf8') }, 'pdfLayout'],
];

describe.each(INPUTS)('%s', (_name, input, format) => {
  it('imports every table cell, organ, year, opening and date', async () => {
    const result = await importReport(input);
    if (!result.ok) throw new Error(result.error);
    expect(result.format).toBe(format);
    expect(cells(result.report.tables)).toEqual(cells(expected.tables));
    expect(result.report.organ).toEqual(expected.organ);
    expect(result.report.year).toBe(2024);
    expect(result.report.opening).toEqual(expected.opening);
    expect(result.report.signature.date).toBe('2025-01-20');
    for (const [id, area] of Object.entries(expected.narrative.overview.areas)) {
      expect(squeeze(result.report.narrative.overview.areas[id as keyof typeof expected.narrative.overview.areas].text)).toBe(
        squeeze(area.text),
      );
    }
    expect(result.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
});

describe('import details', () => {
  it('reads Word merges: a continued vertical merge is an empty cell', async () => {
    const source = await readDocx(new Uint8Array(fixture('seed-002.docx')));
    const row = source.lines.find((l) => l.cells.some((c) => c === '2.其他法律行政法规禁止公开'));
    expect(row?.cells[0]).toBe('');
    expect(row?.cells.slice(-7)).toEqual(['0', '0', '0', '0', '0', '0', '0']);
  });

  it('uses the clipboard HTML when present and falls back to the plain text', async () => {
    const text = seedText('002');
    const fallback = await importReport({ kind: 'html', html: '<p>nothing here</p>', text });
    expect(fallback.ok && cells(fallback.report.tables)).toEqual(cells(expected.tables));
  });

  it('reports a printed total that does not add up', () => {
    // （七）总计, 自然人: printed 150; make it 151.
    const text = seedText('002').replace('（七）总计\n\t150', '（七）总计\n\t151');
    const result = importText(text);
    if (!result.ok) throw new Error(result.error);
    const finding = result.findings.find((f) => f.code === 'printedTotalDiffers');
    expect(finding).toMatchObject({ cells: ['t3.resultTotal.natural'], params: { printed: 151, computed: 150 } });
    expect(renderImportFinding(finding!, createI18n('zh-CN'))).toBe('原报告表三“自然人”列第24行（（七）总计）印为151，分项之和为150');
    expect(result.report.tables.t3.disclosed.natural).toBe(58);
  });

  it('reports a row total that does not add up (总计 column)', () => {
    const text = seedText('002').replace('\t152\n\t1\n\t0\n\t0\n\t0\n\t3\n\t156', '\t152\n\t1\n\t0\n\t0\n\t0\n\t3\n\t157');
    const result = importText(text);
    expect(result.ok && result.findings.find((f) => f.code === 'printedTotalDiffers')?.params).toMatchObject({
      column: '总计',
      printed: 157,
      computed: 156,
    });
  });

  it('imports a 2019-layout single （六）其他处理 row into （六）3.其他, saying so', () => {
    const original = seedText('002');
    const start = original.indexOf('（六）其他处理');
    const end = original.indexOf('（七）总计');
    const oldRow = '（六）其他处理\n\t2\n\t0\n\t0\n\t0\n\t0\n\t0\n\t2\n\n\t\n\t';
    const result = importText(original.slice(0, start) + oldRow + original.slice(end));
    if (!result.ok) throw new Error(result.error);
    expect(result.report.tables.t3.otherOther.natural).toBe(2);
    // Issue 11 changed this from 0: the 2019 layout prints no （六）1./2. row, so no figure is invented.
    expect(result.report.tables.t3.otherNoCorrection.natural).toBeNull();
    expect(result.findings.find((f) => f.code === 'oldLayoutNotPrinted')?.cells).toContain('t3.otherUnpaidFee.otherOrg');
    expect(result.sections.applications.status).toBe('oldLayout');
    expect(result.findings.map((f) => f.code)).toContain('oldOtherHandling');
    expect(result.findings.some((f) => f.code === 'printedTotalDiffers')).toBe(false);
  });

  it('reports partial success section by section', () => {
    const text = seedText('003');
    const cut = text.slice(0, text.indexOf('四、政府信息公开行政复议')) + text.slice(text.indexOf('五、存在的主要问题'));
    const result = importText(cut);
    if (!result.ok) throw new Error(result.error);
    expect(result.sections.litigation.status).toBe('missing');
    expect(result.sections.applications.status).toBe('imported');
    expect(result.findings.find((f) => f.code === 'sectionMissing')?.section).toBe('litigation');
  });

  it('refuses what is not a report, with a specific message', async () => {
    const i18n = createI18n('zh-CN');
    const notReport = importText('会议纪要\n今天开会讨论了绿化工作。');
    expect(notReport).toEqual({ ok: false, error: 'notAReport' });
    expect(renderImportError(notReport as Extract<typeof notReport, { ok: false }>, i18n)).toContain('不是政府信息公开工作年度报告');
    expect(importText('  \n ')).toEqual({ ok: false, error: 'empty' });
    expect(await importReport({ kind: 'docx', bytes: new Uint8Array([1, 2, 3]) })).toEqual({ ok: false, error: 'notADocx' });
    const old = importText(seedText('002').replaceAll('2024', '2020'));
    expect(old.ok ? null : renderImportError(old, i18n)).toBe('这是2020年度的报告，早于2021年格式，无法导入');
  });
});
