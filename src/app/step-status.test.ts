import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyReport, entryFindings, parseDraft, runRules, withInput, type Finding, type Report } from '../report/index.ts';
import { stepStatus } from './step-status.ts';

const today = { today: '2025-01-15' };
function seed(): Report {
  const parsed = parseDraft(readFileSync(new URL('../report/fixtures/seeds/003-jinshan-2024.draft.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('seed does not parse');
  return parsed.draft.report;
}
const statusOf = (step: Parameters<typeof stepStatus>[0], report: Report) => stepStatus(step, report, runRules(report, today));

describe('stepStatus', () => {
  it('a narrative step with some parts written is 填写中', () => {
    const report = emptyReport({ year: 2024 });
    report.narrative.overview.intro = '总体情况';
    expect(statusOf('overview', report)).toBe('inProgress');
  });
  it('a blank report: every section 未开始', () => {
    const report = emptyReport({ year: 2024 });
    expect(statusOf('applications', report)).toBe('notStarted');
    expect(statusOf('overview', report)).toBe('notStarted');
  });
  it('a table whose only typed cell holds text that is not a figure is 有错误, not 未开始', () => {
    const report = emptyReport({ year: 2024 });
    const findings = [...runRules(report, today), ...entryFindings(new Map([['t3.otherOther.natural', '1.5']]))];
    expect(stepStatus('applications', report, findings)).toBe('error');
  });
  it('a partly filled table is 填写中, not 有错误', () => {
    const report = emptyReport({ year: 2024 });
    report.tables = withInput(report.tables, { table: 't3', row: 'newReceived', column: 'natural' }, 3);
    expect(statusOf('applications', report)).toBe('inProgress');
  });
  it('a complete seed: tables 已完成; a broken identity is 有错误', () => {
    const report = seed();
    expect(statusOf('applications', report)).toBe('done');
    expect(statusOf('problems', report)).toBe('done');
    report.tables = withInput(report.tables, { table: 't3', row: 'carriedForward', column: 'natural' }, 2);
    expect(statusOf('applications', report)).toBe('error');
  });
  it('warnings make 有提示 (the seed has no signature date)', () => {
    // Without a 落款日期 the step is unfinished (an error that only says so, since issue 12).
    expect(statusOf('basics', seed())).toBe('inProgress');
    const report = seed();
    report.signature.date = '2025-01-20';
    expect(statusOf('basics', report)).toBe('warning');
    report.opening.siteName = '临淄区人民政府网站';
    report.opening.siteUrl = 'http://www.linzi.gov.cn';
    expect(statusOf('basics', report)).toBe('done');
  });
  it('a finding that only says "not finished" keeps a step 填写中; another error makes 有错误', () => {
    const report = emptyReport({ year: 2024 });
    report.opening.siteName = '某镇人民政府网站';
    const missingOrgan: Finding = { ruleId: 'meta.organMissing', severity: 'error', cells: ['organ.name'], section: 'basics', params: {} };
    expect(stepStatus('basics', report, [missingOrgan])).toBe('inProgress');
    const invalid: Finding = { ruleId: 'table.invalidCount', severity: 'error', cells: ['organ.name'], section: 'basics', params: {} };
    expect(stepStatus('basics', report, [missingOrgan, invalid])).toBe('error');
  });
});
