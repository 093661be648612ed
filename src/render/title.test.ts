import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TITLE_LINE_WIDTH, breakLine, titleLines, titleWidth } from './title.ts';

describe('titleLines', () => {
  it('puts the organ on line 1 and “YYYY年政府信息公开工作年度报告” on line 2', () => {
    expect(titleLines('威海市文登区泽库镇人民政府2023年政府信息公开工作年度报告')).toEqual([
      '威海市文登区泽库镇人民政府',
      '2023年政府信息公开工作年度报告',
    ]);
    expect(titleLines('平潭综合实验区海坛片区管理局 2022年度政府信息公开工作年度报告')).toEqual([
      '平潭综合实验区海坛片区管理局',
      '2022年度政府信息公开工作年度报告',
    ]);
  });

  it('adds the draft mark to the last line', () => {
    expect(titleLines('某某镇人民政府2024年政府信息公开工作年度报告', '（草稿）')).toEqual([
      '某某镇人民政府',
      '2024年政府信息公开工作年度报告（草稿）',
    ]);
  });

  it('breaks a long organ after an administrative unit, never leaving one or two characters alone', () => {
    const lines = titleLines('国家税务总局威海临港经济技术开发区税务局蔄山镇人民政府办事处2024年政府信息公开工作年度报告');
    expect(lines.slice(0, -1)).toEqual(['国家税务总局威海临港经济技术开发区', '税务局蔄山镇人民政府办事处']);
    expect(lines.at(-1)).toBe('2024年政府信息公开工作年度报告');
  });

  it('breaks a title without the year as one text, at a unit word', () => {
    expect(titleLines('蛟河市白石山镇人民政府政府信息公开工作年度报告')).toEqual(['蛟河市白石山镇人民政府', '政府信息公开工作年度报告']);
  });
});

describe('breakLine (property)', () => {
  it('keeps every character, fits the width and never leaves a line of one or two characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'威海市文登区泽库镇人民政府管理局开发区街道办事处新区'.split(''), 'AB', '12'), { maxLength: 60 }),
        (parts) => {
          const text = parts.join('');
          const lines = breakLine(text);
          expect(lines.join('')).toBe(text);
          if (lines.length > 1) {
            for (const line of lines) {
              expect(titleWidth(line)).toBeLessThanOrEqual(TITLE_LINE_WIDTH);
              expect([...line].length).toBeGreaterThanOrEqual(3);
            }
          }
        },
      ),
    );
  });
});
