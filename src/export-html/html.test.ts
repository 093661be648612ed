import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/index.ts';
import { buildReportModel, type ModelTable } from '../render/model.ts';
import { SEED_FILES, seedReport } from '../report/testing/seeds.ts';
import { escapeHtml } from './escape.ts';
import { reportFragment, reportPlainText } from './fragment.ts';
import { reportPage } from './page.ts';
import { pageRules } from './print-css.ts';
import { validatePage, validateFragment, tableCells } from './testing/validate.ts';

const huancui = seedReport('002-huancui-2024.draft.json');
const model = buildReportModel(huancui);
const tables = model.blocks.filter((b): b is ModelTable & { kind: 'table' } => b.kind === 'table');

describe('the web copy', () => {
  it('escapes the five characters HTML gives meaning', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('keeps a typed tag as words: no element, no script', () => {
    const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
    report.narrative.problems.problems = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = reportFragment(buildReportModel(report));
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('has no class, no <style>, no script, no external resource and only generic font families', () => {
    const html = reportFragment(model);
    expect(html).not.toMatch(/\sclass=|<style|<script|<link|<img|\ssrc=|\shref=|url\(/i);
    const families = new Set([...html.matchAll(/font-family:([^;"]+)/g)].map((m) => m[1]));
    expect([...families].sort()).toEqual(['sans-serif', 'serif']);
  });

  it('gives every table cell of the printed model, with its merges, in order', () => {
    const html = reportFragment(model);
    for (const table of tables) {
      const cells = table.rows.flatMap((r) => r.cells);
      const found = tableCells(html, tables.indexOf(table));
      expect(found.map((c) => c.text)).toEqual(cells.map((c) => (c.lines ?? [c.text]).join('\n')));
      expect(found.map((c) => [c.colSpan, c.rowSpan])).toEqual(cells.map((c) => [c.colSpan, c.rowSpan]));
    }
  });

  it('puts header rows in <thead> and labels in <th scope>, numbers in <td>', () => {
    const html = reportFragment(model);
    expect(html.match(/<thead>/g)).toHaveLength(2); // tables 三 and 四
    expect(html).toContain('<th colspan="3" rowspan="3" scope="colgroup"');
    expect(html).toContain('<th rowspan="22" scope="row"');
    expect(html).toMatch(/<td style="[^"]*">6793\.94<\/td>|<td colspan="3" style="[^"]*">6793\.94<\/td>/);
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/);
  });

  it('carries border, cellpadding and cellspacing on the clipboard copy; the page only border', () => {
    expect(reportFragment(model)).toContain('<table border="1" cellpadding="4" cellspacing="0"');
    const page = reportPage(model);
    expect(page).toContain('<table border="1" style=');
    expect(page).not.toContain('cellpadding');
    expect(page).not.toContain(' align=');
    expect(reportFragment(model)).toMatch(/<p align="right" style="[^"]*">威海市环翠区人民政府<\/p>/);
  });

  it('writes the plain-text flavour with every number, tables as tab-separated lines', () => {
    const text = reportPlainText(model);
    expect(text.startsWith('威海市环翠区人民政府2024年政府信息公开工作年度报告\n')).toBe(true);
    expect(text).toContain('一、本年新收政府信息公开申请数量\t\t\t152\t1\t0\t0\t0\t3\t156');
    expect(text).toContain('\t6793.94\t\t');
  });

  it('marks a draft copy, and its printed pages at the top', () => {
    const draft = buildReportModel(huancui, { draftCopy: true });
    expect(reportPage(draft)).toContain('@top-center { content: "（草稿）未经审核，不得发布";');
    expect(reportPage(model)).not.toContain('@top-center');
    expect(reportFragment(draft)).toMatch(/^<p style="[^"]*">（草稿）<\/p>/);
    expect(reportPlainText(draft).startsWith('（草稿）\n')).toBe(true);
  });
});

describe('the standalone page', () => {
  it.each(SEED_FILES)('%s: valid HTML with zero errors', async (file) => {
    const page = reportPage(buildReportModel(seedReport(file)));
    expect(await validatePage(page)).toEqual([]);
  });

  it('is a UTF-8 zh-CN page titled with the report', () => {
    const page = reportPage(model);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(page).toContain('<title>威海市环翠区人民政府2024年政府信息公开工作年度报告</title>');
  });

  it('prints on A4 with the .docx margins and “— N —” page numbers', () => {
    const rules = pageRules();
    // 11906 × 16838 twips; 2098 / 1474 / 1984 / 1587 twips (render/layout.ts MARGIN).
    expect(rules).toContain('size: 595.3pt 841.9pt; margin: 104.9pt 73.7pt 99.2pt 79.35pt;');
    expect(rules).toContain('content: "— " counter(page) " —"');
    expect(reportPage(model)).toContain(rules);
  });
});

describe('the clipboard copy', () => {
  it.each(SEED_FILES)('%s: valid HTML once in a page (cellpadding/cellspacing and the signature’s align allowed)', async (file) => {
    expect(await validateFragment(reportFragment(buildReportModel(seedReport(file))))).toEqual([]);
  });
});

// The validator itself must fail on what it should refuse.
describe('validatePage', () => {
  it('reports a broken page', async () => {
    expect(
      await validatePage('<!DOCTYPE html><html lang="zh-CN"><head><title>x</title></head><body><table><tr><td>1</tr></body></html>'),
    ).not.toEqual([]);
  });
});
