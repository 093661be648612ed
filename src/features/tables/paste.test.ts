import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { MAX_PASTE_BYTES, TABLE2, TABLE3, emptyTables, printedGrid, renderTooLarge, type CellRef } from '../../report/index.ts';
import { isBlockPaste, planPaste } from './paste.ts';

const grid = printedGrid(TABLE3);
const start: CellRef<'t3'> = { table: 't3', row: 'newReceived', column: 'natural' };
const empty = emptyTables();
const APPLICANTS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'] as const;
const INPUT_ROWS = TABLE3.rows.filter((r) => !('sumOf' in r));

describe('planPaste, a block of bare figures', () => {
  it('fills from the focused cell onwards, row by row', () => {
    expect(planPaste(grid, start, '3\t0\n１\t2\n', empty)).toEqual({
      ok: true,
      byLabel: false,
      issues: [],
      writes: [
        { ref: start, value: 3 },
        { ref: { ...start, column: 'commercial' }, value: 0 },
        { ref: { ...start, row: 'carriedOver' }, value: 1 },
        { ref: { ...start, row: 'carriedOver', column: 'commercial' }, value: 2 },
      ],
    });
  });
  it('compares a figure pasted on the 总计 column instead of storing it', () => {
    const ok = planPaste(grid, { ...start, column: 'otherOrg' }, '1\t1', empty);
    expect(ok).toMatchObject({ ok: true, writes: [{ ref: { ...start, column: 'otherOrg' }, value: 1 }], issues: [] });
    const off = planPaste(grid, { ...start, column: 'otherOrg' }, '1\t99', empty);
    expect(off).toMatchObject({ issues: [{ kind: 'mismatch', row: TABLE3.rows[0].label, column: '总计', text: '99', computed: '1' }] });
  });
  it('pastes the valid cells and lists the others with their row, column and text', () => {
    expect(planPaste(grid, start, '1\t-2\t3件', empty)).toMatchObject({
      writes: [
        { ref: start, value: 1 },
        { ref: { ...start, column: 'research' }, value: 3 },
      ],
      issues: [{ kind: 'invalid', row: '一、本年新收政府信息公开申请数量', column: '商业企业', text: '-2', problem: 'negative' }],
    });
  });
  it('counts the figures that fall outside the table', () => {
    expect(planPaste(grid, { ...start, column: 'otherOrg' }, '1\t1\t5\n2\t2\t6', empty)).toMatchObject({
      issues: [{ kind: 'outside', count: 2 }],
    });
  });
  it('refuses a 10 MB paste by its size first, without parsing or quoting it', () => {
    const huge = `1\t${'x'.repeat(10 * 1024 * 1024)}`;
    const result = planPaste(grid, start, huge, empty);
    expect(result).toEqual({ ok: false, reason: 'tooLarge', size: huge.length });
    if (result.ok || result.reason !== 'tooLarge') return;
    expect(renderTooLarge('paste', result.size, createI18n('zh-CN'))).toBe('粘贴的内容太大（10 MB），不能超过64 KB');
    expect(planPaste(grid, start, '汉'.repeat(MAX_PASTE_BYTES / 3 + 1), empty)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });
  it('quotes at most 40 characters of an invalid value', () => {
    const result = planPaste(grid, start, `1\t${'y'.repeat(50_000)}`, empty);
    expect(result).toMatchObject({ issues: [{ kind: 'invalid', text: `${'y'.repeat(39)}…` }] });
  });
  it('tells a block from a single value', () => {
    expect(isBlockPaste('12\n')).toBe(false);
    expect(isBlockPaste('1\t2')).toBe(true);
  });
});

describe('planPaste, a block with row labels', () => {
  it('places rows copied from a printed report by their labels, wherever it was pasted', () => {
    const block = [
      '\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t2件\t0\t0\t0\t0\t0\t2件',
      '\t3.其 他\t１\t0\t0\t0\t0\t0\t1',
      '四、结转下年度继续办理\t\t\t1,234\t0\t0\t0\t0\t0\t1,234',
    ].join('\n');
    const result = planPaste(grid, start, block, empty);
    expect(result).toMatchObject({ ok: true, byLabel: true, issues: [] });
    if (!result.ok) return;
    const natural = result.writes.filter((w) => w.ref.column === 'natural');
    expect(natural).toEqual([
      { ref: { ...start, row: 'otherNoCorrection' }, value: 2 },
      { ref: { ...start, row: 'otherOther' }, value: 1 },
      { ref: { ...start, row: 'carriedForward' }, value: 1234 },
    ]);
  });
  it('places 万元 amounts in table 二 and lists a label that names no row', () => {
    const result = planPaste(
      printedGrid(TABLE2),
      { table: 't2', row: 'rules', column: 'issued' },
      '行政事业性收费\t6,793.94万元\n不存在的行\t5',
      empty,
    );
    expect(result).toMatchObject({
      writes: [{ ref: { table: 't2', row: 'fees', column: 'amount' }, value: '6793.94' }],
      issues: [{ kind: 'unknownRow', label: '不存在的行 5' }],
    });
  });
  it('lands every row of a random labelled block on its own row, units and separators whatever', () => {
    const figure = fc.tuple(fc.nat({ max: 20_000 }), fc.constantFrom('', '件', '条', ' 件'), fc.boolean(), fc.boolean());
    const row = fc.tuple(fc.constantFrom(...INPUT_ROWS), fc.array(figure, { minLength: 6, maxLength: 6 }), fc.boolean());
    const block = fc.tuple(fc.uniqueArray(row, { selector: ([r]) => r.id, minLength: 1, maxLength: 8 }), fc.boolean());
    fc.assert(
      fc.property(block, ([rows, header]) => {
        const written = (n: number, unit: string, wide: boolean, group: boolean) => {
          const digits = group ? n.toLocaleString('en-US') : String(n);
          return (wide ? digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits) + unit;
        };
        const lines = rows.map(([r, figures, total]) => {
          const cells = figures.map(([n, unit, wide, group]) => written(n, unit, wide, group));
          const sum = figures.reduce((a, [n]) => a + n, 0);
          return [r.label, ...cells, ...(total ? [String(sum)] : [])].join('\t');
        });
        const text = [...(header ? ['\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计'] : []), ...lines].join('\r\n');
        const result = planPaste(grid, start, text, empty);
        expect(result).toMatchObject({ ok: true, byLabel: true, issues: [] });
        if (!result.ok) return;
        const expected = rows.flatMap(([r, figures]) =>
          figures.map(([n], j) => ({ ref: { table: 't3', row: r.id, column: APPLICANTS[j] }, value: n })),
        );
        expect(result.writes).toEqual(expected);
      }),
    );
  });
});
