import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { emptyReport } from '../empty.ts';
import { twoYears, withCells } from '../testing/two-years.ts';
import type { CellRef } from '../cells.ts';
import type { Report } from '../schema.ts';
import { renderFinding, runRules } from './engine.ts';
import { MIN_SIMILAR_CHARS, SIMILARITY_LIMIT, textSimilarity } from './previous-year-rules.ts';

const zh = createI18n('zh-CN');

const findings = (r: Report, id: string) => runRules(r, { today: '2026-01-20' }).filter((f) => f.ruleId === id);

const carriedForward = (column: CellRef<'t3'>['column']): CellRef => ({ table: 't3', row: 'carriedForward', column });
const carriedOver = (column: CellRef<'t3'>['column']): CellRef => ({ table: 't3', row: 'carriedOver', column });
const t2 = (row: 'rules' | 'normativeDocs', column: 'issued' | 'repealed' | 'inForce'): CellRef => ({ table: 't2', row, column });

describe('上年结转 against last year’s 结转下年度', () => {
  it('warns in each requester column that differs, and only there', () => {
    const report = twoYears(
      [
        [carriedForward('natural'), 4],
        [carriedForward('commercial'), 2],
        [carriedForward('otherOrg'), 1],
      ],
      [
        [carriedOver('natural'), 4],
        [carriedOver('commercial'), 3],
        [carriedOver('otherOrg'), 0],
      ],
    );
    const found = findings(report, 'prev.carryOver');
    expect(found.map((f) => f.cells)).toEqual([['t3.carriedOver.commercial'], ['t3.carriedOver.otherOrg']]);
    expect(found[0]).toMatchObject({ severity: 'warning', params: { value: 3, previous: 2, year: 2024 } });
    expect(renderFinding(found[1]!, zh)).toBe('表三“二、上年结转”其他列为0，而2024年报告“四、结转下年度继续办理”为1');
  });

  it('says nothing while either year’s figure is blank, or without last year', () => {
    expect(findings(twoYears([[carriedForward('natural'), 4]], []), 'prev.carryOver')).toEqual([]);
    expect(findings(twoYears([], [[carriedOver('natural'), 4]]), 'prev.carryOver')).toEqual([]);
    const alone = { ...emptyReport({ year: 2025 }), tables: withCells(emptyReport({ year: 2025 }).tables, [[carriedOver('natural'), 4]]) };
    expect(findings(alone, 'prev.carryOver')).toEqual([]);
  });
});

describe('现行有效 against last year’s + 制发 − 废止', () => {
  const year = (issued: number, repealed: number, inForce: number): [CellRef, number][] => [
    [t2('rules', 'issued'), issued],
    [t2('rules', 'repealed'), repealed],
    [t2('rules', 'inForce'), inForce],
  ];

  it('warns at 规章 with the figures it expected, in words', () => {
    const [f, ...rest] = findings(twoYears([[t2('rules', 'inForce'), 10]], year(2, 1, 12)), 'prev.inForce');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      cells: ['t2.rules.inForce'],
      params: { row: '规章', value: 12, expected: 11, previous: 10, issued: 2, repealed: 1 },
    });
    expect(renderFinding(f!, zh)).toContain('规章');
  });

  it('names 行政规范性文件 by its label too', () => {
    const report = twoYears(
      [[t2('normativeDocs', 'inForce'), 30]],
      [
        [t2('normativeDocs', 'issued'), 5],
        [t2('normativeDocs', 'repealed'), 2],
        [t2('normativeDocs', 'inForce'), 30],
      ],
    );
    expect(findings(report, 'prev.inForce')).toMatchObject([
      { cells: ['t2.normativeDocs.inForce'], params: { row: '行政规范性文件', value: 30, expected: 33 } },
    ]);
  });

  it('accepts the figure that adds up', () => {
    expect(findings(twoYears([[t2('rules', 'inForce'), 10]], year(2, 1, 11)), 'prev.inForce')).toEqual([]);
  });

  it('judges nothing while any of the four figures is blank', () => {
    const all = year(2, 1, 12);
    for (let skip = 0; skip < all.length; skip++)
      expect(findings(twoYears([[t2('rules', 'inForce'), 10]], all.toSpliced(skip, 1)), 'prev.inForce')).toEqual([]);
    expect(findings(twoYears([], all), 'prev.inForce')).toEqual([]);
  });

  it('leaves 现行有效 fallen to 0 with nothing repealed to the plainer warning', () => {
    const report = twoYears(
      [[t2('normativeDocs', 'inForce'), 11]],
      [
        [t2('normativeDocs', 'issued'), 0],
        [t2('normativeDocs', 'repealed'), 0],
        [t2('normativeDocs', 'inForce'), 0],
      ],
    );
    expect(findings(report, 'prev.inForce')).toEqual([]);
    expect(findings(report, 'prev.inForceVanished')).toHaveLength(1);
  });
});

describe('textSimilarity', () => {
  const text = fc.string({ unit: fc.constantFrom('政', '府', '信', '息', '公', '开', '年', '报', 'a', 'b'), maxLength: 30 });

  it('is symmetric, between 0 and 1, and 1 for the same text of two characters or more', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const s = textSimilarity(a, b);
        expect(s).toBe(textSimilarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(textSimilarity(a, a)).toBe(a.length >= 2 ? 1 : 0);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it('ignores spaces, punctuation and digits', () => {
    expect(textSimilarity('政府 信息，公开。', '政府信息公开')).toBe(1);
    expect(textSimilarity('2024年报', '年 2025 报')).toBe(1);
    expect(textSimilarity('！？，', '，。')).toBe(0);
  });

  it('counts a repeated pair as often as it occurs in both', () => {
    // 公开公开公开: 公开×3, 开公×2; 公开: 公开×1. Two in common out of 5 + 1 pairs.
    expect(textSimilarity('公开公开公开', '公开')).toBeCloseTo(2 / 6);
    expect(textSimilarity('公开', '公开公开公开')).toBeCloseTo(2 / 6);
    // The last pair counts: 信息公开 and 信息公告 share 信息 and 息公 only.
    expect(textSimilarity('信息公开', '信息公告')).toBeCloseTo(4 / 6);
  });

  it('is 0 for texts with no character pair (empty, one character)', () => {
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('无', '无')).toBe(0);
    expect(textSimilarity('', '政府信息')).toBe(0);
  });
});

describe('text copied from last year (内容雷同)', () => {
  const path = 'narrative.overview.intro';
  const withIntro = (now: string, before: string): Report => {
    const report = emptyReport({ year: 2025, organ: '某镇人民政府' });
    const last = emptyReport({ year: 2024, organ: '某镇人民政府' });
    return {
      ...report,
      narrative: { ...report.narrative, overview: { ...report.narrative.overview, intro: now } },
      previous: {
        year: 2024,
        tables: last.tables,
        narrative: { ...last.narrative, overview: { ...last.narrative.overview, intro: before } },
      },
    };
  };
  /** n distinct hanzi from `from` on: every pair of neighbours occurs once. */
  const distinct = (n: number, from = 0x4e00) => String.fromCodePoint(...Array.from({ length: n }, (_, i) => from + i));
  const text = distinct(41);
  /** The text with its last n characters replaced by others: n pairs fewer in common. */
  const edited = (n: number) => text.slice(0, text.length - n) + distinct(n, 0x6000);

  it('warns at the field with the share in percent and last year', () => {
    // 2·38 / 80 = 95%.
    const [f, ...rest] = findings(withIntro(edited(2), text), 'prev.similarText');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', cells: [path], params: { percent: 95, year: 2024 } });
  });

  it('rounds the share to a whole percent', () => {
    // 2·37 / 80 = 92.5% → 93.
    expect(findings(withIntro(edited(3), text), 'prev.similarText')[0]?.params).toMatchObject({ percent: 93 });
  });

  it('does not call a text copied at exactly the limit, only above it', () => {
    // Eight pairs changed: 2·32 / 80 = 0.8.
    expect(textSimilarity(edited(8), text)).toBe(SIMILARITY_LIMIT);
    expect(findings(withIntro(edited(8), text), 'prev.similarText')).toEqual([]);
    expect(findings(withIntro(edited(7), text), 'prev.similarText')).toHaveLength(1);
  });

  it('judges a text from exactly the minimum length (spaces not counted), not one character shorter', () => {
    const exact = distinct(MIN_SIMILAR_CHARS);
    expect(findings(withIntro(exact, exact), 'prev.similarText')).toHaveLength(1);
    const short = exact.slice(0, -1);
    const spaced = `${short.slice(0, 10)}  \n ${short.slice(10)}`;
    expect(findings(withIntro(spaced, exact), 'prev.similarText')).toEqual([]);
  });

  it('says nothing when last year’s field was blank', () => {
    expect(findings(withIntro(text, '   \n'), 'prev.similarText')).toEqual([]);
  });
});
