import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty.ts';
import { seedDraft, SEED_IDS } from '../fixtures/seeds.ts';
import { withInput } from '../tables.ts';
import type { ImportFinding } from '../findings.ts';
import { DEFAULT_RULES } from './registry.ts';
import { blocksFinal, marking, runRules, traitsOf } from './engine.ts';

const context = { today: '2026-11-21' };
const reports = [emptyReport({ year: 2024 }), ...SEED_IDS.map((id) => seedDraft(id).report)];
const note: ImportFinding = {
  code: 'printedTotalDiffers',
  severity: 'warning',
  section: 'applications',
  cells: ['t3.resultTotal.natural'],
  params: {},
};

describe('rule traits', () => {
  it('each finding id belongs to one rule, so its traits are unambiguous', () => {
    const ids = DEFAULT_RULES.flatMap((rule) => rule.produces);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('blocksFinal is exactly the error severity today (the export and the CLI rely on either)', () => {
    for (const report of reports)
      for (const f of runRules(report, context)) expect(traitsOf(f).blocksFinal, f.ruleId).toBe(f.severity === 'error');
    expect(blocksFinal(runRules(reports[0]!, context))).toBe(true);
  });

  it('blank cells and a missing organ mark a step unfinished; a broken identity does not', () => {
    const findings = runRules(emptyReport({ year: 2024 }), context);
    const incomplete = findings.filter((f) => traitsOf(f).marksIncomplete).map((f) => f.ruleId);
    // A missing 落款日期 says "not finished" too (issue 12).
    expect(new Set(incomplete)).toEqual(new Set(['table.blank', 'meta.organMissing', 'meta.dateMissing']));
    const seed = seedDraft('002').report;
    const broken = runRules(
      { ...seed, tables: withInput(seed.tables, { table: 't3', row: 'carriedForward', column: 'natural' }, 8) },
      context,
    );
    const identity = broken.find((f) => f.ruleId === 'table.identity');
    expect(identity && traitsOf(identity)).toEqual({ blocksFinal: true, marksIncomplete: false, marksCells: true });
  });

  it('marking leaves out findings that count cells (blanks per table) and import notes', () => {
    const findings = runRules(emptyReport({ year: 2024 }), context);
    expect(findings.some((f) => f.ruleId === 'table.blank')).toBe(true);
    const marked = marking(findings);
    expect(marked.some((f) => f.ruleId === 'table.blank')).toBe(false);
    expect(marked.map((f) => f.ruleId)).toContain('meta.organMissing');
    expect(marking([note])).toEqual([]);
    expect(traitsOf(note).blocksFinal).toBe(false);
  });
});
