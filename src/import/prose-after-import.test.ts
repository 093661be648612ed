/**
 * Issue 12, false alarm 6: a figure read from an incompletely imported table. A row the importer
 * missed stays blank, and the prose is compared only with cells that were actually read.
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../report/index.ts';
import { seedText } from './test-helpers.ts';
import { importText } from './import-report.ts';

const prose = (text: string) => {
  const result = importText(text);
  if (!result.ok) throw new Error(result.error);
  return { result, findings: runRules(result.report, { today: '2025-03-01' }).filter((f) => f.ruleId.startsWith('prose.')) };
};

describe('prose against an incompletely imported table', () => {
  it('seed 002 read whole: 结转下年度继续办理7件 contradicts the row (9)', () => {
    expect(prose(seedText('002')).findings.map((f) => [f.params.figure, f.params.said, f.params.actual])).toEqual([
      ['carriedForward', 7, 9],
    ]);
  });
  it('the 结转 row missed by the importer: blank, so no comparison is made', () => {
    const text = seedText('002')
      .split('\n')
      .filter((line) => !/^\s*四、结转下年度继续办理/.test(line))
      .join('\n');
    const { result, findings } = prose(text);
    expect(result.ok && result.sections.applications.status).toBe('partial');
    expect(result.ok && Object.values(result.report.tables.t3.carriedForward)).toEqual([null, null, null, null, null, null]);
    expect(findings).toEqual([]);
  });
});
