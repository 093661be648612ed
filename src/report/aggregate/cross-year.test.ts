import { describe, expect, it } from 'vitest';
import { seedDraft } from '../fixtures/seeds.ts';
import { getInput, withInput } from '../tables.ts';
import { compareYears, consecutivePairs } from './cross-year.ts';

const today = { today: '2025-02-01' };

describe('two years of one organ, from two files', () => {
  const current = seedDraft('002').report;
  const carriedOver = { table: 't3', row: 'carriedOver', column: 'natural' } as const;
  const carriedForward = { table: 't3', row: 'carriedForward', column: 'natural' } as const;

  it('last year’s 结转下年度 that matches this year’s 上年结转 raises nothing about carry-over', () => {
    const last = {
      ...current,
      year: current.year - 1,
      tables: withInput(current.tables, carriedForward, getInput(current.tables, carriedOver)),
    };
    expect(compareYears(last, current, today).filter((f) => f.ruleId === 'prev.carryOver')).toEqual([]);
  });

  it('a carry-over that differs is named with both years’ figures', () => {
    const now = Number(getInput(current.tables, carriedOver) ?? 0);
    const last = { ...current, year: current.year - 1, tables: withInput(current.tables, carriedForward, now + 3) };
    const findings = compareYears(last, current, today).filter((f) => f.ruleId === 'prev.carryOver');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      cells: ['t3.carriedOver.natural'],
      params: { value: now, previous: now + 3, year: current.year - 1 },
    });
  });

  it('text carried over unchanged is flagged; only year-over-year rules run', () => {
    const last = { ...current, year: current.year - 1 };
    const findings = compareYears(last, current, today);
    expect(findings.some((f) => f.ruleId === 'prev.similarText')).toBe(true);
    expect(findings.every((f) => f.ruleId.startsWith('prev.'))).toBe(true);
  });

  it('pairs the same organ’s consecutive years, whatever the order or spacing of the names', () => {
    const r = (name: string, year: number) => ({ organ: { name, kind: 'township' as const }, year });
    const a = r('环翠区 人民政府', 2023);
    const b = r('环翠区人民政府', 2024);
    const c = r('某镇', 2024);
    const d = r('环翠区人民政府', 2026);
    expect(consecutivePairs([d, c, b, a])).toEqual([[a, b]]);
  });
});
