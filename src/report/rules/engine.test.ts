import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty.ts';
import { runRules } from './engine.ts';
import { ADVISORY, type Finding, type Rule } from './types.ts';

/** A rule that returns the given findings as they are, so the engine's ordering is all that is tested. */
const returning = (findings: Finding[]): Rule => ({ id: 'test', produces: [], traits: ADVISORY, check: () => findings });

const finding = (severity: Finding['severity'], cells: string[], section?: Finding['section']): Finding => ({
  ruleId: 'table.identity',
  severity,
  cells,
  params: {},
  ...(section ? { section } : {}),
});

describe('runRules: the order of the finding list', () => {
  it('lists findings by section in the form’s order, errors before warnings before notes within one', () => {
    const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
    const found = runRules(report, { today: '2025-01-10' }, [
      returning([
        finding('info', [], 'other'),
        finding('warning', ['t3.newReceived.natural']),
        finding('warning', [], 'overview'),
        finding('error', ['t4.review.upheld']),
        finding('error', ['t3.newReceived.natural']),
        finding('info', [], 'basics'),
        finding('error', [], 'overview'),
      ]),
    ]);
    expect(found.map((f) => `${f.section}:${f.severity}`)).toEqual([
      'basics:info',
      'overview:error',
      'overview:warning',
      'applications:error',
      'applications:warning',
      'litigation:error',
      'other:info',
    ]);
  });

  it('places a finding without a section by the cell it names', () => {
    const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
    const [only] = runRules(report, { today: '2025-01-10' }, [returning([finding('error', ['t2.rules.issued'])])]);
    expect(only?.section).toBe('proactive');
  });
});
