/** findHeadings and sectionRanges: the six headings in their printed forms, and the lines each section holds. */
import { describe, expect, it } from 'vitest';
import { findHeadings, sectionRanges } from './sections.ts';

const line = (...cells: string[]) => ({ text: cells.filter(Boolean).join('\t'), cells });
const found = (...texts: string[]) => findHeadings(texts.map((t) => line(t))).map((h) => [h.section, h.line, h.renumbered]);

describe('findHeadings: numbering', () => {
  it.each([
    ['三、收到和处理政府信息公开申请情况', false],
    ['3、收到和处理政府信息公开申请情况', true],
    ['3.收到和处理政府信息公开申请情况', true],
    ['3．收到和处理政府信息公开申请情况', true],
    ['(三)收到和处理政府信息公开申请情况', true],
    ['（3）收到和处理政府信息公开申请情况', true],
  ])('%s is section 三 (renumbered: %s)', (heading, renumbered) => {
    expect(findHeadings([line('一、总体情况'), line('二、主动公开政府信息情况'), line(heading)])[2]).toEqual({
      section: 'applications',
      line: 2,
      renumbered,
      printed: heading,
    });
  });

  it('takes no other number for a section', () => {
    expect(found('二、总体情况', '1总体情况', '(二)总体情况', '1:总体情况')).toEqual([]);
    expect(found('(1)总体情况')).toEqual([['overview', 0, true]]);
  });
});

describe('findHeadings: the heading’s words', () => {
  it('takes a heading with a final full stop, or up to three characters off', () => {
    expect(found('一、总体情况。')).toEqual([['overview', 0, false]]);
    expect(found('一、总体情况.')).toEqual([['overview', 0, false]]);
    expect(found('一、总体情况', '二、政府信息主动公开情况')).toEqual([
      ['overview', 0, false],
      ['proactive', 1, false],
    ]);
    expect(found('一、工作总体情况')).toEqual([['overview', 0, false]]);
    expect(found('一、总体工作开展情况说明')).toEqual([]);
  });

  it('takes no line over 40 characters, nor a line of several cells', () => {
    expect(found(`一、总体情况${'，'.repeat(34)}`)).toEqual([['overview', 0, false]]);
    expect(found(`一、总体情况${'，'.repeat(35)}`)).toEqual([]);
    expect(findHeadings([line('一、总体情况', '5'), line('一、总体情况', '')])).toEqual([
      { section: 'overview', line: 1, renumbered: false, printed: '一、总体情况' },
    ]);
  });

  it('finds the sections in order, each after the one before', () => {
    expect(found('二、主动公开政府信息情况', '一、总体情况', '二、主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况')).toEqual(
      [
        ['overview', 1, false],
        ['proactive', 2, false],
        ['litigation', 3, false],
      ],
    );
  });
});

describe('sectionRanges', () => {
  it('gives each section the lines after its heading up to the next heading, the last up to the end', () => {
    const headings = findHeadings(
      ['标题', '一、总体情况', '正文', '正文', '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '正文'].map((t) => line(t)),
    );
    expect([...sectionRanges(headings, 7)]).toEqual([
      ['overview', { start: 2, end: 4 }],
      ['proactive', { start: 5, end: 5 }],
      ['problems', { start: 6, end: 7 }],
    ]);
    expect(sectionRanges([], 7).size).toBe(0);
  });
});

describe('mutation gaps (issue 18): reworded and short headings', () => {
  it('finds a reworded heading close to the official one without its key word', () => {
    // “需要报告的事项” drops 其他 but is two edits from the official wording (the 六、 not counted).
    expect(found('一、总体情况', '六、需要报告的事项')).toEqual([
      ['overview', 0, false],
      ['other', 1, false],
    ]);
  });

  it('finds a heading of two characters, 一、概述', () => {
    expect(found('一、概述', '二、主动公开政府信息情况')).toEqual([
      ['overview', 0, false],
      ['proactive', 1, false],
    ]);
  });
});
