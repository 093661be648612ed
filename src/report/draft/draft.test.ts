import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { emptyReport } from '../empty.ts';
import { SEED_DRAFTS, SEED_IDS, seedDraft } from '../fixtures/seeds.ts';
import { getInput } from '../tables.ts';
import { MAX_DRAFT_BYTES, draftFileName, serializeDraft } from './envelope.ts';
import { renderDraftError } from './messages.ts';
import { parseDraft, parseDraftBytes, type DraftParseResult } from './parse.ts';
import { encodeGbk } from '../testing/gbk.ts';

const zh = createI18n('zh-CN');
const errorOf = (result: DraftParseResult) => {
  if (result.ok) throw new Error('expected an error');
  return result.error;
};
const messageOf = (result: DraftParseResult) => renderDraftError(errorOf(result), zh);
const seedText = (id: (typeof SEED_IDS)[number]) => JSON.stringify(SEED_DRAFTS[id]);

describe('draft files', () => {
  it('round-trips a report through save and open', () => {
    const report = seedDraft('002').report;
    const result = parseDraft(serializeDraft(report, new Date('2025-01-20T08:00:00Z')));
    expect(result.ok && result.draft.report).toEqual(report);
    expect(result.ok && result.draft.savedAt).toBe('2025-01-20T08:00:00.000Z');
  });

  it.each(SEED_IDS)('opens seed %s', (id) => {
    expect(parseDraft(seedText(id)).ok).toBe(true);
  });

  it('names the file <organ>-<year>-年报草稿.json', () => {
    expect(draftFileName(emptyReport({ organ: '临淄区金山镇人民政府', year: 2024 }))).toBe('临淄区金山镇人民政府-2024-年报草稿.json');
    expect(draftFileName(emptyReport({ organ: 'a/b:c', year: 2024 }))).toBe('a_b_c-2024-年报草稿.json');
  });

  it('refuses a file that is not JSON', () => {
    expect(errorOf(parseDraft('年报正文')).code).toBe('notJson');
    expect(errorOf(parseDraft('')).code).toBe('empty');
  });

  it('recognises a truncated file', () => {
    const text = seedText('002');
    expect(errorOf(parseDraft(text.slice(0, text.length / 2))).code).toBe('truncated');
    expect(messageOf(parseDraft(text.slice(0, 100)))).toContain('文件不完整');
  });

  it('refuses JSON that is not a draft', () => {
    expect(errorOf(parseDraft('{"name":"x"}')).code).toBe('notDraft');
    expect(errorOf(parseDraft('[1,2]')).code).toBe('notDraft');
  });

  it('refuses a draft from a newer version, saying which', () => {
    const newer = { ...SEED_DRAFTS['003'], version: 7 };
    const result = parseDraft(JSON.stringify(newer));
    expect(errorOf(result).code).toBe('newerVersion');
    expect(messageOf(result)).toContain('格式版本7');
  });

  it('names the field of a wrong type', () => {
    const draft = structuredClone(SEED_DRAFTS['002']) as unknown as { report: { tables: { t3: { newReceived: { natural: unknown } } } } };
    draft.report.tables.t3.newReceived.natural = '152';
    const result = parseDraft(JSON.stringify(draft));
    expect(errorOf(result)).toMatchObject({ code: 'invalid', path: 'report.tables.t3.newReceived.natural' });
    expect(messageOf(result)).toBe('草稿内容有误：字段“report.tables.t3.newReceived.natural”应为数字，实际为文字');
    expect(renderDraftError(errorOf(result), createI18n('en'))).toContain(
      'field “report.tables.t3.newReceived.natural” should be a number',
    );
  });

  it('refuses negative and fractional counts and unknown fields', () => {
    const mutate = (fn: (d: Record<string, unknown> & { report: Record<string, unknown> }) => void) => {
      const draft = structuredClone(SEED_DRAFTS['000']) as unknown as Record<string, unknown> & { report: Record<string, unknown> };
      fn(draft);
      return errorOf(parseDraft(JSON.stringify(draft)));
    };
    expect(mutate((d) => ((d.report.tables as { t4: { review: { upheld: number } } }).t4.review.upheld = -1)).path).toBe(
      'report.tables.t4.review.upheld',
    );
    expect(mutate((d) => ((d.report.tables as { t4: { review: { upheld: number } } }).t4.review.upheld = 1.5)).problem?.key).toBe(
      'notInteger',
    );
    expect(mutate((d) => (d.report.extra = 1)).problem).toMatchObject({ key: 'unknownKeys', params: { keys: 'extra' } });
  });

  it('refuses files over 5 MB before parsing them', () => {
    const result = parseDraft('{}', MAX_DRAFT_BYTES + 1);
    expect(errorOf(result).code).toBe('tooLarge');
    expect(messageOf(result)).toBe('草稿文件太大（5.1 MB），不能超过5 MB');
  });

  it('opens from bytes: size first, then strict UTF-8 (a BOM is fine, a damaged byte is refused)', () => {
    const text = seedText('002');
    const bytes = new TextEncoder().encode(text);
    expect(parseDraftBytes(bytes).ok).toBe(true);
    expect(parseDraftBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).ok).toBe(true);
    const damaged = bytes.slice();
    const at = bytes.findIndex((b) => b >= 0x80);
    damaged[at] = 0xff;
    expect(errorOf(parseDraftBytes(damaged))).toEqual({ code: 'notUtf8', params: { offset: at + 1 } });
    expect(messageOf(parseDraftBytes(damaged))).toBe(`草稿文件不是UTF-8编码（第${at + 1}个字节有误），文件可能已损坏或被其他程序改写`);
    // GBK is refused for a draft: the app always writes UTF-8.
    expect(errorOf(parseDraftBytes(encodeGbk('{"format":"nianbao-draft","report":"镇"}'))).code).toBe('notUtf8');
    // The size is checked on the bytes, before decoding.
    expect(errorOf(parseDraftBytes(new Uint8Array(MAX_DRAFT_BYTES + 1).fill(0xff))).code).toBe('tooLarge');
  });

  it('migrates the version 0 prototype format', () => {
    const text = readFileSync(new URL('./fixtures/v0-prototype.draft.json', import.meta.url), 'utf8');
    const result = parseDraft(text);
    if (!result.ok) throw new Error(renderDraftError(result.error, zh));
    expect(result.migratedFrom).toBe(0);
    const report = result.draft.report;
    expect(report.organ).toEqual({ name: '测试镇人民政府', kind: 'township' });
    expect(report.signature.date).toBe('2025-01-20');
    expect(getInput(report.tables, { table: 't3', row: 'newReceived', column: 'natural' })).toBe(5);
    expect(getInput(report.tables, { table: 't2', row: 'fees', column: 'amount' })).toBe('12.5');
    expect(getInput(report.tables, { table: 't3', row: 'newReceived', column: 'commercial' })).toBeNull();
  });
});
