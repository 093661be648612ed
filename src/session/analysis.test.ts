import { describe, expect, it } from 'vitest';
import { emptyReport } from '../report/index.ts';
import type { Finding } from '../report/findings.ts';
import { analyse, keepIdentity } from './analysis.ts';

describe('analyse', () => {
  it('a blank report marks no field and lists nothing under its steps, yet the review has every finding', () => {
    const a = analyse(emptyReport({ year: 2024 }));
    expect(a.findings.length).toBeGreaterThan(0);
    expect([...a.byLocation.keys()]).toEqual([]);
    expect([...a.bySection.keys()].filter((s) => s !== 'review')).toEqual([]);
  });
  it('once a step has something in it, its findings show at its fields', () => {
    const report = emptyReport({ year: 2024 });
    report.organ.name = '某镇人民政府';
    const a = analyse(report);
    expect(a.byLocation.get('signature.date')?.length).toBeGreaterThan(0);
    expect(a.bySection.get('basics')?.length).toBeGreaterThan(0);
    expect(a.bySection.get('applications')).toBeUndefined();
  });
});

describe('keepIdentity', () => {
  const finding = (ruleId: string, cells: string[], params: Finding['params'] = {}): Finding =>
    ({ severity: 'error', ruleId, cells, params, section: 'applications' }) as Finding;

  it('a finding that reads as before is the previous object; a changed one is the new object', () => {
    const before = [finding('table.identity', ['t3.a']), finding('table.blank', ['t3.b'])];
    const found = [finding('table.identity', ['t3.a']), finding('table.blank', ['t3.c'])];
    const kept = keepIdentity(found, before);
    expect(kept[0]).toBe(before[0]);
    expect(kept[1]).toBe(found[1]);
  });
  it('a change in params, severity or section is a different finding', () => {
    const before = [finding('table.identity', ['t3.a'], { sum: 1 })];
    expect(keepIdentity([finding('table.identity', ['t3.a'], { sum: 2 })], before)[0]).not.toBe(before[0]);
    expect(keepIdentity([{ ...finding('table.identity', ['t3.a'], { sum: 1 }), severity: 'warning' }], before)[0]).not.toBe(before[0]);
    expect(keepIdentity([{ ...finding('table.identity', ['t3.a'], { sum: 1 }), section: 'basics' }], before)[0]).not.toBe(before[0]);
  });
  it('re-analysing an unchanged report keeps the same findings array and per-cell lists', () => {
    const report = emptyReport({ year: 2024 });
    report.organ.name = '某镇人民政府';
    const first = analyse(report);
    const second = analyse(structuredClone(report), first);
    expect(second.findings).toBe(first.findings);
    expect(second.byLocation.get('signature.date')).toBe(first.byLocation.get('signature.date'));
  });
  it('after an edit, the findings it did not touch are still the previous objects', () => {
    const report = emptyReport({ year: 2024 });
    report.organ.name = '某镇人民政府';
    const first = analyse(report);
    const edited = structuredClone(report);
    edited.organ.name = '';
    const second = analyse(edited, first);
    expect(second.findings).not.toBe(first.findings);
    const reused = second.findings.filter((f) => first.findings.includes(f));
    expect(reused.length).toBeGreaterThan(0);
    expect(reused.length).toBeLessThan(second.findings.length);
  });
});
