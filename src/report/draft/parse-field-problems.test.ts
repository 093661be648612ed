/**
 * Each kind of wrong field in a draft, once (issue 18): the error names the field's dotted path and
 * what is wrong with it, in words the user can act on.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { FIRST_FORMAT_YEAR, LAST_REPORT_YEAR, MAX_COUNT } from '../definition/index.ts';
import { seedDraft } from '../fixtures/seeds.ts';
import { serializeDraft } from './envelope.ts';
import { renderDraftError } from './messages.ts';
import { parseDraft, type DraftError } from './parse.ts';

const zh = createI18n('zh-CN');

type Json = Record<string, unknown>;
const at = (draft: Json, keys: string[]): Json => keys.reduce((o, key) => o[key] as Json, draft);
/** A draft of the current version (the seeds are older: migrating them would mend `form`). */
const current = (): Json => JSON.parse(serializeDraft(seedDraft('000').report)) as Json;

/** Seed 000, saved today, with one field set (or deleted, for `undefined`), opened. */
function openWith(path: string, value: unknown): DraftError {
  const draft = current();
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = at(draft, keys);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  const result = parseDraft(JSON.stringify(draft));
  if (result.ok) throw new Error(`${path} = ${JSON.stringify(value)} was accepted`);
  return result.error;
}

describe('each kind of wrong field, once', () => {
  it.each([
    ['report.organ.name', 5, { key: 'expected', params: { expected: 'string', received: 'number' } }, '应为文字，实际为数字'],
    ['report.opening.phone', undefined, { key: 'expected', params: { expected: 'string', received: 'undefined' } }, '应为文字，实际为'],
    ['report.year', 2024.5, { key: 'notInteger', params: {} }, '应为整数'],
    ['report.year', FIRST_FORMAT_YEAR - 1, { key: 'tooSmall', params: { minimum: String(FIRST_FORMAT_YEAR) } }, String(FIRST_FORMAT_YEAR)],
    ['report.tables.t4.review.upheld', -1, { key: 'tooSmall', params: { minimum: '0' } }, '0'],
    ['report.year', LAST_REPORT_YEAR + 1, { key: 'tooBig', params: { maximum: String(LAST_REPORT_YEAR) } }, '（最大2100）'],
    ['report.tables.t4.review.upheld', MAX_COUNT + 1, { key: 'tooBig', params: { maximum: String(MAX_COUNT) } }, String(MAX_COUNT)],
    ['report.organ.name', '镇'.repeat(501), { key: 'tooBig', params: { maximum: '500' } }, '（最大500）'],
    ['savedAt', 'yesterday', { key: 'format', params: {} }, '的格式不正确'],
    ['report.tables.t2.fees.amount', '1.50', { key: 'format', params: {} }, '的格式不正确'],
    ['report.signature.date', '2024-13-45', { key: 'format', params: {} }, '的格式不正确'],
    // Neither '' nor a date: a union problem, said as a wrong format.
    ['report.signature.date', 5, { key: 'format', params: {} }, '的格式不正确'],
    ['report.organ.kind', 'village', { key: 'enum', params: { options: 'department / government / township / other' } }, '应为以下之一'],
    ['report.organ.extra', 1, { key: 'unknownKeys', params: { keys: 'extra' } }, '包含无法识别的字段：extra'],
  ] as const)('%s = %j: %j', (path, value, problem, words) => {
    const error = openWith(path, value);
    // An unknown key is reported on the object that holds it.
    const field = problem.key === 'unknownKeys' ? path.slice(0, path.lastIndexOf('.')) : path;
    expect(error).toEqual({ code: 'invalid', params: { path: field }, path: field, problem });
    const message = renderDraftError(error, zh);
    expect(message).toContain(`字段“${field}”`);
    expect(message).toContain(words);
  });

  it('names every unknown key of the object', () => {
    const draft = { ...current(), extra: 1, more: 2 };
    const result = parseDraft(JSON.stringify(draft));
    expect(!result.ok && result.error.problem).toEqual({ key: 'unknownKeys', params: { keys: 'extra, more' } });
    expect(!result.ok && result.error.path).toBe('');
  });

  it('a form this version does not know is an enum problem naming the known forms', () => {
    const draft = { ...current(), form: 'gov-1999' };
    const result = parseDraft(JSON.stringify(draft));
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid', path: 'form', problem: { key: 'enum' } });
    expect(!result.ok && String(result.error.problem?.params.options)).toContain('gov-2021');
  });
});
