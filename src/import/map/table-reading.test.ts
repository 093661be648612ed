/**
 * The mapper's cursor on token streams shaped like the real reports (pdftotext lines, tab-separated
 * rows, OCR tables): where a row label is found, how many cells it takes, and which numbers are its.
 */
import { describe, expect, it } from 'vitest';
import type { SectionGrid } from '../grid/types.ts';
import { LABEL_WINDOW, findLabel, labelSteps, numbersAfter, numbersBefore, tokenSteps, tokensOf, type Token } from './table-reading.ts';

/** Tokens from lines of cells (one array per printed line). */
const lines = (...rows: string[][]): Token[] => rows.flatMap((cells, line) => cells.map((text) => ({ text, line })));
const texts = (tokens: readonly Token[]) => tokens.map((t) => t.text);

const gridOf = (...rows: (string | null)[][]): SectionGrid => ({
  section: 'applications',
  rows: rows.map((cells, i) => ({ line: 10 + i, cells, labels: [], values: [] })),
});

describe('tokensOf', () => {
  it('keeps the filled cells in reading order and counts each blank on its filled neighbour', () => {
    const before = tokenSteps.count;
    const tokens = tokensOf(
      gridOf(
        ['（一）予以公开', '3', null, null, '5', null],
        ['（二）部分公开', '0', '0'],
        [null, null],
        ['（三）不予公开', null, null, '1'],
      ),
    );
    expect(tokens).toStrictEqual([
      { text: '（一）予以公开', line: 10 },
      { text: '3', line: 10 },
      { text: '5', line: 10, blanksBefore: 2, blanksAfter: 1 },
      { text: '（二）部分公开', line: 11 },
      { text: '0', line: 11 },
      { text: '0', line: 11 },
      { text: '（三）不予公开', line: 13 },
      { text: '1', line: 13, blanksBefore: 2 },
    ]);
    expect(tokenSteps.count - before).toBe(15);
  });

  it('puts the blanks that close a row after its label when the row is printed all blank', () => {
    expect(tokensOf(gridOf(['四、结转下年度继续办理', null, null, null]))).toStrictEqual([
      { text: '四、结转下年度继续办理', line: 10, blanksAfter: 3 },
    ]);
  });

  it('counts only the blanks since the last filled cell, not those of the row before', () => {
    const tokens = tokensOf(gridOf(['2.重复申请', '0', null], ['3.要求提供公开出版物', '0']));
    expect(tokens).toStrictEqual([
      { text: '2.重复申请', line: 10 },
      { text: '0', line: 10, blanksAfter: 1 },
      { text: '3.要求提供公开出版物', line: 11 },
      { text: '0', line: 11 },
    ]);
  });
});

describe('findLabel', () => {
  it('finds a label printed whole in one cell, after the cells before it', () => {
    const tokens = lines(['（一）予以公开', '0', '0'], ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1', '2']);
    expect(findLabel(tokens, 0, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toEqual({ at: 3, length: 1 });
    expect(findLabel(tokens, 0, '（一）予以公开')).toEqual({ at: 0, length: 1 });
    expect(findLabel(tokens, 1, '（一）予以公开')).toBeNull();
  });

  it('joins a label wrapped over two or three cells', () => {
    const long = '5.要求行政机关确认或重新出具已获取信息';
    expect(findLabel(lines(['5.要求行政'], ['机关确认或重新出具已获取信息', '0']), 0, long)).toEqual({ at: 0, length: 2 });
    // A number between the pieces ends the label, and its start is too short to stand for it.
    expect(findLabel(lines(['5.要求行政', '0'], ['机关确认或重新出具已获取信息', '0']), 0, long)).toBeNull();
    expect(findLabel(lines(['社会'], ['公益'], ['组织', '0']), 0, '社会公益组织')).toEqual({ at: 0, length: 3 });
  });

  it('never joins more than three cells into a label', () => {
    const four = lines(['社会'], ['公'], ['益'], ['组织', '3']);
    expect(findLabel(four, 0, '社会公益组织')).toBeNull();
  });

  it('does not take a number cell for a label, nor join across one', () => {
    const tokens = lines(['3.其他', '0'], ['0', '3.其他']);
    expect(findLabel(tokens, 1, '3.其他')).toEqual({ at: 3, length: 1 });
    expect(findLabel(lines(['总计'], ['0'], ['结果维持']), 0, '总计结果维持')).toBeNull();
  });

  it('finds a row label after a fragment of its group label in the same cell (“不予公 2.其他…”)', () => {
    // pdftotext cut the group label 不予公开 over the row label's first line; the row label wraps.
    const tokens = lines(['不予公 2.其他'], ['法律行政法规禁止公开', '0', '0']);
    expect(findLabel(tokens, 0, '2.其他法律行政法规禁止公开')).toEqual({ at: 0, length: 2 });
    expect(findLabel(lines(['（三）不予公开 1.属于国家秘密', '0']), 0, '1.属于国家秘密')).toEqual({ at: 0, length: 1 });
  });

  it('finds a row label run together with its group label in one cell', () => {
    const tokens = lines(['三、本年度办理结果（一）予以公开', '0', '0']);
    expect(findLabel(tokens, 0, '（一）予以公开')).toEqual({ at: 0, length: 1 });
    // Only a cell of its own: a group label on the line above is not joined to the row label.
    expect(findLabel(lines(['三、本年度办理结果'], ['（一）予以公开', '0']), 0, '（一）予以公开')).toEqual({ at: 1, length: 1 });
    // Without an ordinal the end of a cell is no label: “其他” ends many cells.
    expect(findLabel(lines(['三、本年度办理结果其他', '0']), 0, '其他')).toBeNull();
  });

  it('takes a long enough start of a wrapped label whose rest follows the numbers', () => {
    const long = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';
    // 8 characters stand for a long label, not 7.
    expect(findLabel(lines(['2.申请人逾期未', '0', '0'], ['按收费通知要求…']), 0, long)).toEqual({ at: 0, length: 1 });
    expect(findLabel(lines(['2.申请人逾期', '0', '0']), 0, long)).toBeNull();
    // 40% of a middling one: 6 of 14 characters.
    const middling = '1.本机关不掌握相关政府信息';
    expect(findLabel(lines(['1.本机关不', '3', '0']), 0, middling)).toEqual({ at: 0, length: 1 });
    expect(findLabel(lines(['1.本机关', '3', '0']), 0, middling)).toBeNull();
    // At least 5 of a short one.
    expect(findLabel(lines(['2.重复申', '0']), 0, '2.重复申请')).toEqual({ at: 0, length: 1 });
    expect(findLabel(lines(['2.重复', '0']), 0, '2.重复申请')).toBeNull();
    // One wrong character in the start (OCR).
    expect(findLabel(lines(['1.本机关不掌屋', '3']), 0, middling)).toEqual({ at: 0, length: 1 });
    // A start that is not the label's.
    expect(findLabel(lines(['1.本年新收政府', '3']), 0, middling)).toBeNull();
  });

  it('does not take a start for a label without an ordinal', () => {
    expect(findLabel(lines(['本年新收政府', '0']), 0, '本年新收政府信息公开申请数量')).toBeNull();
    expect(findLabel(lines(['一、本年新收政府', '0']), 0, '一、本年新收政府信息公开申请数量')).toEqual({ at: 0, length: 1 });
  });

  it('tells rows apart by their ordinal even when the rest of the label is the same', () => {
    expect(findLabel(lines(['（六）其他处理', '0']), 0, '（七）其他处理')).toBeNull();
    expect(findLabel(lines(['3.其他', '0'], ['4.其他', '0']), 0, '4.其他')).toEqual({ at: 2, length: 1 });
  });

  it('looks for a label within LABEL_WINDOW cells of where it starts, counting each cell compared', () => {
    const filler = Array.from({ length: LABEL_WINDOW - 1 }, () => ({ text: '0', line: 0 }));
    const label = { text: '（七）总计', line: 1 };
    const before = labelSteps.count;
    expect(findLabel([...filler, label], 0, '（七）总计')).toEqual({ at: LABEL_WINDOW - 1, length: 1 });
    expect(labelSteps.count - before).toBe(LABEL_WINDOW);
    expect(findLabel([...filler, { text: '0', line: 0 }, label], 0, '（七）总计')).toBeNull();
    expect(findLabel([...filler, { text: '0', line: 0 }, label], 1, '（七）总计')).toEqual({ at: LABEL_WINDOW, length: 1 });
  });
});

describe('numbersAfter', () => {
  const row = lines(['（四）无法提供 1.本机关不掌握相关政府信息', '3', '0', '0', '0', '0', '2', '5'], ['2.没有现成信息需要另行制作', '0']);

  it('reads the numbers after a label up to the next label', () => {
    expect(numbersAfter(row, 1, false)).toEqual({ raw: ['3', '0', '0', '0', '0', '2', '5'], next: 8 });
    expect(numbersAfter(row, 9, false)).toEqual({ raw: ['0'], next: 10 });
    expect(numbersAfter(row, 8, false)).toEqual({ raw: [], next: 8 });
  });

  it('reads decimals only as amounts', () => {
    const fees = lines(['行政事业性收费', '0.35', '12']);
    expect(numbersAfter(fees, 1, true)).toEqual({ raw: ['0.35', '12'], next: 3 });
    expect(numbersAfter(fees, 1, false)).toEqual({ raw: [], next: 1 });
  });

  it('with skipFragments, steps over the rest of a wrapped label to its numbers', () => {
    const tokens = lines(['1.申请人无正当理由逾期', '0', '1'], ['不补正、行政机关不再处理', '其政府信息公开申请', '2', '3']);
    expect(numbersAfter(tokens, 3, false, true)).toEqual({ raw: ['2', '3'], next: 7 });
    expect(numbersAfter(tokens, 3, false)).toEqual({ raw: [], next: 3 });
  });

  it('steps over at most four fragments, and reads nothing when no number follows them', () => {
    const four = lines(['3.其他'], ['处理', '情形', '（含', '转办）', '7']);
    expect(numbersAfter(four, 1, false, true)).toEqual({ raw: ['7'], next: 6 });
    const five = lines(['3.其他'], ['处理', '情形', '（含', '转办', '）', '7']);
    expect(numbersAfter(five, 1, false, true)).toEqual({ raw: [], next: 1 });
    const none = lines(['3.其他'], ['处理', '情形']);
    expect(numbersAfter(none, 1, false, true)).toEqual({ raw: [], next: 1 });
  });

  it('does not step over the next row label, unless it repeats the label over its merged columns', () => {
    const next = lines(['（七）总计'], ['四、结转下年度继续办理', '0', '0']);
    expect(numbersAfter(next, 1, false, true)).toEqual({ raw: [], next: 1 });
    // OCR and Markdown conversions print a merged label cell once per column it spans.
    const repeated = lines(['（七）总计', '（七）总计', '（七）总计', '1', '2']);
    expect(numbersAfter(repeated, 1, false, true)).toEqual({ raw: ['1', '2'], next: 5 });
    const twice = lines(['（七）总计', '（七）总计', '1', '2']);
    expect(numbersAfter(twice, 1, false, true)).toEqual({ raw: ['1', '2'], next: 4 });
    const other = lines(['（七）总计', '（六）其他处理', '1', '2']);
    expect(numbersAfter(other, 1, false, true)).toEqual({ raw: [], next: 1 });
  });

  it('steps over fragments to an amount only when amounts are read', () => {
    const fees = lines(['行政事业性收费'], ['（单位：万元）', '1.5']);
    expect(numbersAfter(fees, 1, true, true)).toEqual({ raw: ['1.5'], next: 3 });
    expect(numbersAfter(fees, 1, false, true)).toEqual({ raw: [], next: 1 });
  });

  it('with keepBlanks, keeps the blank cells of the label’s own line as empty columns', () => {
    const tokens = tokensOf(
      gridOf(['（一）予以公开', '3', null, '1', null, null], ['（二）部分公开', null, '2'], ['四、结转下年度继续办理', null, null]),
    );
    expect(numbersAfter(tokens, 1, false, false, true)).toEqual({ raw: ['3', '', '1', '', ''], next: 3 });
    expect(numbersAfter(tokens, 1, false)).toEqual({ raw: ['3', '1'], next: 3 });
    // A row printed all blank: the blanks closing the line come after its label.
    expect(numbersAfter(tokens, 6, false, false, true)).toEqual({ raw: ['', ''], next: 6 });
    expect(numbersAfter(tokens, 6, false)).toEqual({ raw: [], next: 6 });
  });

  it('reads nothing, and keeps no blank, from the start of the stream', () => {
    const tokens = tokensOf(gridOf(['（一）予以公开', null, null]));
    expect(numbersAfter(tokens, 0, false, true, true)).toEqual({ raw: [], next: 0 });
  });

  it('with keepBlanks, ignores the blanks of numbers on another line than the label', () => {
    // pdftotext: the numbers on the line after their label; their blanks are not columns of its row.
    const tokens: Token[] = [
      { text: '（二）部分公开', line: 0 },
      { text: '4', line: 1, blanksBefore: 2 },
      { text: '1', line: 1, blanksAfter: 1 },
    ];
    expect(numbersAfter(tokens, 1, false, false, true)).toEqual({ raw: ['4', '1'], next: 3 });
    const label: Token[] = [
      { text: '（一）予以公开', line: 0 },
      { text: '（二）部分公开', line: 1, blanksAfter: 2 },
    ];
    expect(numbersAfter(label, 1, false, false, true)).toEqual({ raw: [], next: 1 });
  });
});

describe('numbersBefore', () => {
  // pdftotext puts the numbers of a wrapped row label on the line above it.
  const tokens = lines(
    ['2.申请人逾期未按收费通知要求缴纳费用', '0', '0', '0'],
    ['1', '0', '1'],
    ['（六）其他处理 3.其他'],
    ['（七）总计', '1', '0', '1'],
  );

  it('reads exactly the count of numbers printed on the line above the label', () => {
    expect(numbersBefore(tokens, 4, 7, 3)).toEqual(['1', '0', '1']);
  });

  it('reads numbers ending on the label’s own line', () => {
    const same = lines(['（五）不予处理'], ['1', '0', '1', '（六）其他处理 3.其他']);
    expect(numbersBefore(same, 1, 4, 3)).toEqual(['1', '0', '1']);
  });

  it('refuses more numbers than the row has: they belong to the row above', () => {
    expect(numbersBefore(tokens, 1, 7, 3)).toBeNull();
    expect(numbersBefore(tokens, 1, 7, 4)).toBeNull();
    expect(numbersBefore(tokens, 4, 7, 2)).toBeNull();
    // As many as the row has, back to the cells already read.
    expect(numbersBefore(tokens, 1, 7, 6)).toEqual(['0', '0', '0', '1', '0', '1']);
  });

  it('does not reach back past the cells already read', () => {
    expect(numbersBefore(tokens, 5, 7, 3)).toBeNull();
  });

  it('refuses numbers two lines above the label', () => {
    const far = lines(['1', '0', '1'], ['（一）本年度'], ['3.其他']);
    const spaced: Token[] = [...texts(far.slice(0, 3)).map((text) => ({ text, line: 0 })), { text: '3.其他', line: 2 }];
    expect(numbersBefore(spaced, 0, 3, 3)).toBeNull();
    expect(
      numbersBefore(
        spaced.map((t) => (t.line === 2 ? { ...t, line: 1 } : t)),
        0,
        3,
        3,
      ),
    ).toEqual(['1', '0', '1']);
  });

  it('is null without a label or without numbers before it', () => {
    expect(numbersBefore(tokens, 0, 20, 3)).toBeNull();
    expect(numbersBefore(tokens, 0, 0, 0)).toBeNull();
  });
});
