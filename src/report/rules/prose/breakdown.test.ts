/**
 * The 其中 lists of a sentence and their verdicts (issue 18): where a list starts and ends, when
 * it names every category, and that the verdict follows the arithmetic — a list whose parts add up
 * to its total is never flagged, one whose parts exceed it always is.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakdownsIn, judgeBreakdown } from './breakdown.ts';

/** Each list of `text` as [total, parts, more], with its verdict. */
const lists = (text: string) =>
  breakdownsIn(text).map((b) => ({
    total: b.total.value,
    parts: b.parts.map((p) => p.value),
    more: b.more.map((p) => p.value),
    verdict: judgeBreakdown(b),
  }));
const verdicts = (text: string) => breakdownsIn(text).map((b) => judgeBreakdown(b));

describe('where a 其中 list starts and ends', () => {
  it('a second 其中 closes the first list and opens one under the count before it', () => {
    expect(lists('主动公开信息30条，其中机关职能类10条，其他信息20条，其中图片新闻5条。')).toEqual([
      { total: 30, parts: [10, 20], more: [], verdict: null },
      { total: 20, parts: [5], more: [], verdict: null },
    ]);
    // Corpus 06: the 公众号 articles are a list of their own, not more of the 20 items.
    const text =
      '2025年累计主动公开政府信息20条，其中环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况8条，其他应主动公开的政府信息12条；公开财政预决算信息2条、三公经费信息1条，发布公示公告50条，推送公众号文章248篇，其中原创文章118篇。';
    expect(lists(text)).toEqual([
      { total: 20, parts: [8, 12], more: [2, 1, 50, 248], verdict: null },
      { total: 248, parts: [118], more: [], verdict: null },
    ]);
  });

  it('ends with its sentence: the next sentence is not more of it, nor is 其中 after 。 a list', () => {
    expect(lists('受理申请10件，其中自然人6件。法人或其他组织7件。')).toEqual([{ total: 10, parts: [6], more: [], verdict: null }]);
    // A sentence opening with 其中 has no total of its own to be a part of.
    expect(lists('全年主动公开政府信息5条。其中，机关职能类8条、行政许可类12条。')).toEqual([]);
  });

  it('ends at a clause that starts a new total (另、此外、共…) even on the same subject', () => {
    expect(lists('本年度新收政府信息公开申请10件，其中自然人6件，商业企业3件；另通过信函方式收到申请4件。')).toEqual([
      { total: 10, parts: [6, 3], more: [], verdict: null },
    ]);
    expect(lists('办结申请10件，其中予以公开6件，不予公开3件；另有2件正在办理。')).toEqual([
      { total: 10, parts: [6, 3], more: [], verdict: null },
    ]);
  });

  it('ends at a new total set off by a comma (此外，… 同时，…), as at one without', () => {
    expect(lists('本年度新收政府信息公开申请10件，其中自然人6件，商业企业3件；此外，通过信函方式收到申请4件。')).toEqual([
      { total: 10, parts: [6, 3], more: [], verdict: null },
    ]);
    expect(lists('受理申请10件，其中商业企业6件，科研机构3件；同时，受理申请5件。')).toEqual([
      { total: 10, parts: [6, 3], more: [], verdict: null },
    ]);
    // The word may also open the clause after other words since the last count.
    expect(lists('受理申请10件，其中商业企业6件，科研机构3件（含补正），另有申请5件。')).toEqual([
      { total: 10, parts: [6, 3], more: [], verdict: null },
    ]);
  });

  it('has no list without 其中, and none in a text without counts', () => {
    expect(lists('本年度新收申请10件，自然人6件，法人或其他组织7件。')).toEqual([]);
    expect(lists('其中，')).toEqual([]);
  });
});

describe('a list that names every requester category', () => {
  it('needs both 自然人 and 法人或其他组织, in either order', () => {
    expect(verdicts('受理申请10件，其中自然人6件，法人或其他组织3件。')).toEqual([{ kind: 'short', sum: 9 }]);
    expect(verdicts('受理申请10件，其中法人或其他组织4件，自然人5件。')).toEqual([{ kind: 'short', sum: 9 }]);
    expect(verdicts('收到申请10件，其中：自然人6件、法人或其他组织4件。')).toEqual([null]);
  });

  it('法人 without 自然人, or 自然人 without 法人, does not claim to be complete', () => {
    // “法人或其他组织” says 其他, but not at the start of the part: it is not the 其他 that closes a list.
    expect(verdicts('受理申请10件，其中法人或其他组织4件，科研机构3件。')).toEqual([null]);
    expect(verdicts('受理申请10件，其中自然人4件，商业企业3件。')).toEqual([null]);
  });

  it('counts after the completing part are more of the list, not parts', () => {
    expect(lists('受理申请12件，其中自然人6件，法人或其他组织4件，商业企业2件。')).toEqual([
      { total: 12, parts: [6, 4], more: [2], verdict: null },
    ]);
  });
});

describe('the verdict', () => {
  it('never judges a list of one part (其中 one thing may count something else)', () => {
    expect(verdicts('受理申请10件，其中自然人12件。')).toEqual([null]);
    expect(verdicts('发布政务信息3篇，其中其他信息120条。')).toEqual([null]);
  });

  it('judges a list of exactly two parts', () => {
    expect(verdicts('受理申请10件，其中商业企业6件，科研机构5件。')).toEqual([{ kind: 'exceeds', sum: 11 }]);
  });

  it('never flags a list with an approximate part', () => {
    expect(verdicts('受理申请10件，其中自然人约6件，法人或其他组织3件。')).toEqual([null]);
    expect(verdicts('受理申请10件，其中自然人6件，法人或其他组织3件左右。')).toEqual([null]);
  });

  it('accepts a list that adds up when only some of the counts after 其他 are read as its parts', () => {
    // Corpus 03 with one more count: 6+1+36+69 = 112, and the 公示公告 that follow are not of it.
    const text = '公开政府信息112条，其中规划类6条；预算信息1条；其他应主动公开的政府信息36条；在专题专栏公开信息69条，发布公示公告50条。';
    expect(lists(text)).toEqual([{ total: 112, parts: [6, 1, 36], more: [69, 50], verdict: null }]);
    // Adding up only with all of them is accepted too; adding up with none of the ways is not.
    expect(verdicts('公开政府信息162条，其中规划类6条；预算信息1条；其他信息36条；专栏公开信息69条，公示公告50条。')).toEqual([null]);
    expect(verdicts('公开政府信息100条，其中规划类6条；预算信息1条；其他信息36条；专栏公开信息69条，公示公告50条。')).toEqual([
      { kind: 'short', sum: 43 },
    ]);
  });
});

/** Requester categories that do not complete a list, so every count is a part. */
const CATEGORY = fc.constantFrom('商业企业', '科研机构', '社会公益组织', '法律服务机构', '自然人');
const listText = (total: number, parts: readonly (readonly [string, number])[]) =>
  `本年度受理政府信息公开申请${total}件，其中${parts.map(([name, n]) => `${name}${n}件`).join('，')}。`;
const partsArb = fc.array(fc.tuple(CATEGORY, fc.nat({ max: 500 })), { minLength: 2, maxLength: 6 });

describe('the verdict follows the arithmetic (property)', () => {
  it('parts that add up to the total are never flagged, whatever they name', () => {
    const anyName = fc.constantFrom('商业企业', '自然人', '法人或其他组织', '其他', '其他组织');
    fc.assert(
      fc.property(fc.array(fc.tuple(anyName, fc.nat({ max: 500 })), { minLength: 2, maxLength: 6 }), (parts) => {
        const total = parts.reduce((a, [, n]) => a + n, 0);
        const found = breakdownsIn(listText(total, parts));
        expect(found).toHaveLength(1);
        expect(found.map((b) => judgeBreakdown(b))).toEqual([null]);
      }),
      { seed: 18 },
    );
  });

  it('parts that exceed the total are always flagged, with their sum', () => {
    fc.assert(
      fc.property(partsArb, fc.integer({ min: 1, max: 3000 }), (parts, over) => {
        const sum = parts.reduce((a, [, n]) => a + n, 0);
        fc.pre(sum - over >= 0);
        expect(verdicts(listText(sum - over, parts))).toEqual([{ kind: 'exceeds', sum }]);
      }),
      { seed: 18 },
    );
  });

  it('parts that fall short are flagged only when the list names every category', () => {
    fc.assert(
      fc.property(partsArb, fc.integer({ min: 1, max: 3000 }), fc.boolean(), (parts, under, complete) => {
        const all = complete ? [...parts, ['其他', 0] as const] : parts;
        const sum = all.reduce((a, [, n]) => a + n, 0);
        expect(verdicts(listText(sum + under, all))).toEqual([complete ? { kind: 'short', sum } : null]);
      }),
      { seed: 18 },
    );
  });
});
