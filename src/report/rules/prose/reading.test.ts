/**
 * How a sentence's counts are read (issue 18): the words naming each count, the subject it falls
 * under, its unit, where it ends and whether it is approximate — what the figure and 其中 rules
 * compare with the tables.
 */
import { describe, expect, it } from 'vitest';
import { countsIn } from './numbers-in-text.ts';
import { READ_CACHE_SIZE, readCounts, readText } from './reading.ts';

const read = (text: string) => readCounts(text, countsIn(text)).map((c) => [c.value, c.segment, c.subject, c.unit, c.end]);

describe('reading counts', () => {
  it('gives each count the words since the previous one, and the subject they name', () => {
    expect(read('共有行政诉讼案件1件、行政复议案件2件。')).toEqual([
      [1, '共有行政诉讼案件', 'litigation', '件', 10],
      [2, '、行政复议案件', 'review', '件', 19],
    ]);
    expect(read('申请1件申请2件')).toEqual([
      [1, '申请', 'application', '件', 4],
      [2, '申请', 'application', '件', 8],
    ]);
  });

  it('carries the subject on within a sentence and drops it in the next', () => {
    expect(read('办结81件，予以公开42件。新收3件')).toEqual([
      [81, '办结', 'result', '件', 5],
      [42, '予以公开', 'result', '件', 13],
      [3, '新收', null, '件', 18],
    ]);
  });

  it('follows a sentence that mixes subjects, and reads a last sentence without 。 afresh', () => {
    expect(read('本年度政府信息公开行政复议7件，结果纠正3件；政府信息公开行政诉讼5件，办结申请4件\n新收申请2件')).toEqual([
      [7, '本年度政府信息公开行政复议', 'review', '件', 15],
      [3, '结果纠正', 'review', '件', 22],
      [5, '政府信息公开行政诉讼', 'litigation', '件', 35],
      [4, '办结申请', 'application', '件', 42],
      [2, '新收申请', 'application', '件', 49],
    ]);
    // A line break ends the sentence: 结转 is not carried into the next line's count.
    expect(read('上年结转2件\n新收3件').map((c) => c[2])).toEqual(['carried', null]);
  });

  it('reads the unit after spaces and past comma groups and numerals, and ends just after it', () => {
    expect(read('收到申请3 件，其中2\u3000条，公开1,234条，一百零五份')).toEqual([
      [3, '收到申请', 'application', '件', 7],
      [2, '其中', 'application', '条', 13],
      [1234, '公开', 'application', '条', 22],
      [105, '', 'application', '份', 28],
    ]);
  });

  it('takes the word starting last when two overlap, and knows 申请人 and 依申请公开 are no request', () => {
    expect(read('办结转2件')).toEqual([[2, '办结转', 'carried', '件', 5]]);
    expect(read('申请人3件；依申请公开4件；受理5件')).toEqual([
      [3, '申请人', null, '件', 5],
      [4, '依申请公开', null, '件', 13],
      [5, '受理', 'application', '件', 18],
    ]);
  });

  it('marks a count approximate by 约、近、逾、超过 before it or 余、多、左右、以上 after its unit', () => {
    const text = '约100件，近20条，逾5件，超过6件，7件左右，8件以上，9件余，10件多，11件。';
    expect(readCounts(text, countsIn(text)).map((c) => c.approximate)).toEqual([true, true, true, true, true, true, true, true, false]);
    // Only right before the number, only right after the unit.
    const far = '约有11件，12件后左右';
    expect(readCounts(far, countsIn(far)).map((c) => c.approximate)).toEqual([false, false]);
  });
});

describe('readText', () => {
  it('reads as readCounts does, and gives the same reading back for the same text', () => {
    const text = '办结81件，其中予以公开42件。';
    expect(readText(text)).toEqual(readCounts(text, countsIn(text)));
    expect(readText(text)).toBe(readText(text));
  });

  it('still reads every text right after many others have been read', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `申请${i + 1}件`);
    for (const t of texts) readText(t);
    for (const t of texts) expect(readText(t).map((c) => c.value)).toEqual([Number(t.slice(2, -1))]);
  });

  it('keeps the texts read last: a full cache lets go of the one unused longest', () => {
    const texts = Array.from({ length: READ_CACHE_SIZE }, (_, i) => `受理${i + 1}件`);
    const first = texts.map((t) => readText(t));
    // The first text is used again, so the second is now the one unused longest.
    expect(readText(texts[0] ?? '')).toBe(first[0]);
    readText('办结1件');
    expect(readText(texts[0] ?? '')).toBe(first[0]);
    expect(readText(texts[1] ?? '')).not.toBe(first[1]);
    expect(readText(texts[1] ?? '')).toEqual(first[1]);
    // The rest were kept: a report's fields read by one rule are there for the next.
    texts.slice(3).forEach((t, i) => expect(readText(t)).toBe(first[i + 3]));
  });
});
