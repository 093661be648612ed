import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createI18n } from '../../i18n/index.ts';
import { renderFinding, runRules } from './engine.ts';
import { twoYears } from '../testing/two-years.ts';
import type { CellRef } from '../cells.ts';
import type { Report } from '../schema.ts';
import { FROM_ZERO_MIN_VALUE, JUMP_MIN_VALUE, JUMP_RATIO, isJump } from './previous-year-jumps.ts';

const zh = createI18n('zh-CN');
const en = createI18n('en');

const jumps = (r: Report) =>
  runRules(r, { today: '2026-01-20' }).filter((f) => f.ruleId.startsWith('prev.jump') || f.ruleId === 'prev.inForceVanished');

const licensing: CellRef = { table: 't2', row: 'licensing', column: 'decisions' };
const natural: CellRef = { table: 't3', row: 'newReceived', column: 'natural' };
const commercial: CellRef = { table: 't3', row: 'newReceived', column: 'commercial' };

describe('figures implausible against last year', () => {
  it('flags a count ten times last year’s, naming both years and the cell', () => {
    const [f, ...rest] = jumps(twoYears([[licensing, 12]], [[licensing, 120]]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'prev.jump', severity: 'warning', cells: ['t2.licensing.decisions'], section: 'proactive' });
    expect(renderFinding(f!, zh)).toBe('表二“行政许可/本年处理决定数量”本年为120，是2024年（12）的10倍以上，请核实是否多打了一位数');
    expect(renderFinding(f!, en)).toContain('120 this year, 10 times or more the 2024 figure (12)');
  });

  it('reads table 三 on its 总计 (summed over requesters) and links that cell', () => {
    const [f] = jumps(
      twoYears(
        [[natural, 3]],
        [
          [natural, 25],
          [commercial, 10],
        ],
      ),
    );
    expect(f).toMatchObject({ ruleId: 'prev.jump', cells: ['t3.newReceived.total'], params: { value: 35, previous: 3, times: 11 } });
    expect(renderFinding(f!, zh)).toContain('表三“一、本年新收政府信息公开申请数量/总计”本年为35');
  });

  it('reads table 四’s 行政诉讼 as its two rows together', () => {
    const direct: CellRef = { table: 't4', row: 'suitDirect', column: 'upheld' };
    const after: CellRef = { table: 't4', row: 'suitAfterReview', column: 'upheld' };
    const [f] = jumps(
      twoYears(
        [[direct, 2]],
        [
          [direct, 15],
          [after, 10],
        ],
      ),
    );
    expect(f).toMatchObject({
      ruleId: 'prev.jump',
      cells: ['t4.suitDirect.total'],
      params: { value: 25, previous: 2, cell: '行政诉讼/总计' },
    });
  });

  it('flags 0 → 100 or more, and not 0 → 99', () => {
    const [f] = jumps(twoYears([[licensing, 0]], [[licensing, 100]]));
    expect(f).toMatchObject({ ruleId: 'prev.jumpFromZero', params: { value: 100, previous: 0, year: 2024 } });
    expect(renderFinding(f!, zh)).toBe('表二“行政许可/本年处理决定数量”本年为100，而2024年为0，请核实');
    expect(jumps(twoYears([[licensing, 0]], [[licensing, 99]]))).toEqual([]);
  });

  it('gives a jump from 0 no multiple: its times is 0, a number `nianbao check --json` can write', () => {
    // 100 / 0 is no “times last year”: an Infinity would print as null in the JSON findings.
    const [f] = jumps(twoYears([[licensing, 0]], [[licensing, 250]]));
    expect(f?.params).toMatchObject({ value: 250, previous: 0, times: 0 });
    expect(JSON.parse(JSON.stringify(f?.params)).times).toBe(0);
  });

  it('stays quiet on small numbers (1 → 10, 1 → 19), ordinary growth (12 → 119) and drops', () => {
    for (const [before, now] of [
      [1, 10],
      [1, 19],
      [12, 119],
      [120, 12],
      [5, 5],
    ] as const)
      expect(jumps(twoYears([[licensing, before]], [[licensing, now]]))).toEqual([]);
  });

  it('says nothing without last year, or while either year’s cell is blank', () => {
    const report = twoYears([[licensing, 1]], [[licensing, 500]]);
    expect(jumps({ ...report, previous: undefined })).toEqual([]);
    expect(jumps(twoYears([], [[licensing, 500]]))).toEqual([]);
    expect(jumps(twoYears([[licensing, 1]], []))).toEqual([]);
  });

  it('isJump: exactly the documented thresholds (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(100_000), (before, now) => {
        const expected = before === 0 ? now >= FROM_ZERO_MIN_VALUE : now >= JUMP_MIN_VALUE && now >= JUMP_RATIO * before;
        expect(isJump(before, now)).toBe(expected);
        // Never a jump downwards or sideways.
        if (now <= before) expect(isJump(before, now)).toBe(false);
      }),
      { seed: 12 },
    );
  });
});

describe('现行有效 falling to 0 with nothing repealed', () => {
  const inForce: CellRef = { table: 't2', row: 'normativeDocs', column: 'inForce' };
  const repealed: CellRef = { table: 't2', row: 'normativeDocs', column: 'repealed' };
  const issued: CellRef = { table: 't2', row: 'normativeDocs', column: 'issued' };

  it('flags 11 → 0 with 废止 0 (the real 君山 case), instead of the generic 现行有效 arithmetic', () => {
    const all = runRules(
      twoYears(
        [[inForce, 11]],
        [
          [issued, 0],
          [repealed, 0],
          [inForce, 0],
        ],
      ),
      { today: '2026-01-20' },
    );
    const [f, ...rest] = all.filter((x) => x.ruleId.startsWith('prev.'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'prev.inForceVanished', severity: 'warning', cells: ['t2.normativeDocs.inForce'] });
    expect(renderFinding(f!, zh)).toBe(
      '表二“行政规范性文件”现行有效为0件、本年废止0件，而2024年现行有效11件：没有废止，现行有效不会归零，请核实',
    );
    expect(renderFinding(f!, en)).toContain('11 were in force in 2024');
  });

  it('stays quiet when documents were repealed, when last year had none, or while 废止 is blank', () => {
    expect(
      jumps(
        twoYears(
          [[inForce, 11]],
          [
            [repealed, 11],
            [inForce, 0],
          ],
        ),
      ),
    ).toEqual([]);
    expect(
      jumps(
        twoYears(
          [[inForce, 0]],
          [
            [repealed, 0],
            [inForce, 0],
          ],
        ),
      ),
    ).toEqual([]);
    expect(jumps(twoYears([[inForce, 11]], [[inForce, 0]]))).toEqual([]);
  });
});
