import { describe, expect, it } from 'vitest';
import { blocksFinal, traitsOf } from './engine.ts';
import { entryFindings } from './entry-findings.ts';

describe('entryFindings', () => {
  it('reports a count cell holding text as an invalid value of its step, blocking the final export', () => {
    const findings = entryFindings(new Map([['t3.otherOther.natural', '1.5']]));
    expect(findings).toEqual([
      {
        ruleId: 'table.invalidCount',
        severity: 'error',
        cells: ['t3.otherOther.natural'],
        section: 'applications',
        params: { table: '三', row: '3.其他', column: '自然人', value: '1.5' },
      },
    ]);
    expect(blocksFinal(findings)).toBe(true);
    expect(traitsOf(findings[0]!).marksCells).toBe(true);
  });
  it('uses the amount message for the 万元 cell and ignores ids that are no input cell', () => {
    const findings = entryFindings(
      new Map([
        ['t2.fees.amount', '12万'],
        ['t9.x.y', 'a'],
      ]),
    );
    expect(findings.map((f) => [f.ruleId, f.section])).toEqual([['table.invalidAmount', 'proactive']]);
  });
});
