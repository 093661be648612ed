/**
 * Issue 11, class 2: a blank cell keeps its column and stays blank (null), named by a finding,
 * whether the row is tab-separated text (`一、本年新收政府信息公开申请数量⇥26⇥⇥⇥⇥⇥⇥26`), a Markdown
 * row or an HTML table row copied from the browser (corpus 05's 结转 row: `<td><br/></td>`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE3, inputCells, type ImportFinding } from '../report/index.ts';
import { compareWithExpected } from './corpus-check.ts';
import { importReport, importText } from './import-report.ts';
import { corpusFiles } from './test-helpers.ts';

const LEGAL_PERSON = ['commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'] as const;
const tabs = readFileSync(new URL('./fixtures/blank-cells-tabs.txt', import.meta.url), 'utf8');

function imported(text: string) {
  const result = importText(text);
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result;
}

const blankFindings = (findings: readonly ImportFinding[]) => findings.filter((f) => f.code === 'blankCells');

describe('a tab-separated table 三 whose legal-person columns are blank', () => {
  const result = imported(tabs);
  const t3 = result.report.tables.t3;

  it('keeps each blank in its column: natural persons read, the blanks null, no column shifted', () => {
    expect(t3.newReceived).toEqual({
      natural: 26,
      commercial: null,
      research: null,
      publicInterest: null,
      legalService: null,
      otherOrg: null,
    });
    expect(t3.disclosed.natural).toBe(22);
    expect(t3.withheldThirdParty.natural).toBe(1);
    expect(t3.unableNotHeld.natural).toBe(2);
    expect(t3.notHandledRepeat.natural).toBe(1);
    for (const ref of inputCells(TABLE3)) if (ref.column !== 'natural') expect(getCell(t3, ref.row, ref.column)).toBeNull();
  });

  it('counts blanks as read, not lost: table 三 is imported, no rowsMissing for it', () => {
    expect(result.sections.applications).toEqual({ status: 'imported', cells: { found: 144, expected: 144 } });
    expect(result.findings.filter((f) => f.code === 'rowsMissing' && f.section === 'applications')).toEqual([]);
  });

  it('names every blank cell, row by row, in one blankCells finding for the table', () => {
    const findings = blankFindings(result.findings);
    expect(findings).toHaveLength(1);
    const named = findings.flatMap((f) => f.cells);
    expect(named).toHaveLength(24 * LEGAL_PERSON.length);
    expect(new Set(named)).toEqual(
      new Set(
        inputCells(TABLE3)
          .filter((c) => c.column !== 'natural')
          .map((c) => `t3.${c.row}.${c.column}`),
      ),
    );
    const first = findings[0];
    const columns = '（商业企业、科研机构、社会公益组织、法律服务机构、其他）';
    expect(first?.params).toMatchObject({ table: '三', count: 120 });
    const rows = String(first?.params.rows).split('；');
    expect(rows).toHaveLength(24);
    expect(rows[0]).toBe(`“一、本年新收政府信息公开申请数量”${columns}`);
    expect(rows[23]).toBe(`“四、结转下年度继续办理”${columns}`);
    expect(first?.section).toBe('applications');
  });

  it('reads the same row as Markdown with blank pipe cells', () => {
    const markdown = tabs
      .split('\n')
      .map((line) => (line.includes('\t') ? `| ${line.split('\t').join(' | ')} |` : line))
      .join('\n');
    const md = imported(markdown);
    expect(md.format).toBe('markdown');
    expect(md.report.tables.t3).toEqual(t3);
  });
});

describe('a blank cell inside a browser-copied row (corpus 05, 结转 row)', () => {
  const file = corpusFiles().find((f) => f.name.startsWith('05_'));
  if (!file) throw new Error('corpus 05 missing');

  it('as web text: the blank 商业企业 cell stays blank, the other five are read in place', () => {
    const result = imported(file.text);
    expect(result.report.tables.t3.carriedForward).toEqual({
      natural: 0,
      commercial: null,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
    });
    expect(blankFindings(result.findings).map((f) => f.cells)).toEqual([['t3.carriedForward.commercial']]);
    expect(compareWithExpected(result.report, file.expected).mismatches).toEqual([]);
  });

  it('table 二 rows printed blank after their tab, the 万元 amount too, are blank and named', () => {
    const text = file.text.replace('\n行政许可\t0\n', '\n行政许可\t\n').replace('\n行政事业性收费\t0\n', '\n行政事业性收费\t\n');
    expect(text).not.toBe(file.text);
    const result = imported(text);
    expect(result.report.tables.t2.licensing.decisions).toBeNull();
    expect(result.report.tables.t2.fees.amount).toBeNull();
    expect(result.report.tables.t2.penalty.decisions).toBe(0);
    const named = blankFindings(result.findings).filter((f) => f.section === 'proactive');
    expect(named.map((f) => f.cells)).toEqual([['t2.licensing.decisions', 't2.fees.amount']]);
    expect(named[0]?.params.rows).toBe('“行政许可”（本年处理决定数量）；“行政事业性收费”（本年收费金额（单位：万元））');
    // 05 prints no 规章 row: those three cells are the only ones reported as not read.
    expect(result.sections.proactive.cells).toEqual({ found: 7, expected: 10 });
  });

  it('as the page’s HTML table (<td><br/></td>)', async () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = file.text
      .split('\n')
      .map((line) =>
        line.includes('\t')
          ? `<table><tr>${line
              .split('\t')
              .map((c) => `<td>${c ? escape(c) : '<br/>'}</td>`)
              .join('')}</tr></table>`
          : `<p>${escape(line)}</p>`,
      )
      .join('\n');
    const result = await importReport({ kind: 'html', html: `<html><body>${body}</body></html>` });
    if (!result.ok) throw new Error(`refused: ${result.error}`);
    expect(result.report.tables.t3.carriedForward.commercial).toBeNull();
    expect(result.report.tables.t3.carriedForward.research).toBe(0);
    expect(blankFindings(result.findings).map((f) => f.cells)).toEqual([['t3.carriedForward.commercial']]);
    expect(compareWithExpected(result.report, file.expected).mismatches).toEqual([]);
  });
});

function getCell(t3: Record<string, Record<string, unknown>>, row: string, column: string): unknown {
  return t3[row]?.[column];
}
