/**
 * Opening a draft file: every way it can be wrong becomes a specific error (naming the field where
 * one is wrong), never an exception. The caller keeps its current draft unless `ok` is true.
 */
import type { z } from 'zod/mini';
import { MAX_DRAFT_BYTES } from '../file-size.ts';
import { decodeText, type Utf8Decoder } from '../text-decoding.ts';
import { DRAFT_FORMAT, DRAFT_VERSION, draftSchema, type Draft } from './envelope.ts';
import { MIGRATIONS } from './migrate.ts';
import { quickParse } from './quick-parse.ts';

export type DraftErrorCode =
  'tooLarge' | 'notUtf8' | 'empty' | 'notJson' | 'truncated' | 'notDraft' | 'newerVersion' | 'badVersion' | 'invalid' | 'unreadable';

export interface DraftProblem {
  /** i18n key under drafts:problems. */
  key: 'expected' | 'tooSmall' | 'tooBig' | 'notInteger' | 'format' | 'unknownKeys' | 'enum' | 'other';
  params: Record<string, string | number>;
}

export interface DraftError {
  code: DraftErrorCode;
  params: Record<string, string | number>;
  /** For `invalid`: the dotted path of the first wrong field, and what is wrong with it. */
  path?: string;
  problem?: DraftProblem;
}

export type DraftParseResult = { ok: true; draft: Draft; migratedFrom?: number } | { ok: false; error: DraftError };

const fail = (code: DraftErrorCode, params: Record<string, string | number> = {}): DraftParseResult => ({
  ok: false,
  error: { code, params },
});

/**
 * Opening a draft from its bytes: the size is checked before anything is decoded, and bytes that
 * are not UTF-8 are refused (a draft is always written as UTF-8; replacing a damaged byte with
 * U+FFFD would quietly change the text). `utf8`: the platform's faster strict decoder, if it has one.
 */
export function parseDraftBytes(bytes: Uint8Array, utf8?: Utf8Decoder): DraftParseResult {
  if (bytes.length > MAX_DRAFT_BYTES) return fail('tooLarge', { size: bytes.length });
  const decoded = decodeText(bytes, { utf8 });
  if (!decoded.ok) return fail('notUtf8', { offset: decoded.problem === 'notUtf8' ? decoded.offset : 1 });
  return parseDraft(decoded.text, bytes.length);
}

export function parseDraft(text: string, byteLength?: number): DraftParseResult {
  try {
    return parseDraftUnsafe(text, byteLength ?? new TextEncoder().encode(text).length);
  } catch (error) {
    // Last line of defence: a file must never crash the app. The fuzz test asserts this path is
    // never taken, so a bug here still shows in tests.
    return fail('unreadable', { detail: error instanceof Error ? error.message.slice(0, 120) : String(error) });
  }
}

function parseDraftUnsafe(text: string, byteLength: number): DraftParseResult {
  // The size in bytes; the message states it next to the limit (renderDraftError).
  if (byteLength > MAX_DRAFT_BYTES) return fail('tooLarge', { size: byteLength });
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return fail('empty');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const truncated = trimmed.startsWith('{') && /end of (JSON|data)|Unterminated|Expected/i.test(detail) && !balanced(trimmed);
    return truncated ? fail('truncated') : fail('notJson', { detail: detail.slice(0, 120) });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== DRAFT_FORMAT) {
    return fail('notDraft');
  }
  let envelope = data as Record<string, unknown>;
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return fail('badVersion', { version: String(version) });
  if (version > DRAFT_VERSION) return fail('newerVersion', { version, supported: DRAFT_VERSION });
  for (let v = version; v < DRAFT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail('badVersion', { version });
    envelope = step(envelope);
  }
  // zod's walk only for a draft quickParse is not sure of: zod then names the problem.
  const quick = quickParse(draftSchema, envelope);
  const result = quick ? { success: true as const, data: quick.data as Draft } : draftSchema.safeParse(envelope);
  if (!result.success) return { ok: false, error: describeIssue(result.error.issues) };
  return version < DRAFT_VERSION ? { ok: true, draft: result.data, migratedFrom: version } : { ok: true, draft: result.data };
}

/** Whether brackets and strings close: an unclosed one means the file was cut off. */
function balanced(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return depth <= 0 && !inString;
}

function describeIssue(issues: readonly z.core.$ZodIssue[]): DraftError {
  const issue = issues[0];
  if (!issue) return { code: 'invalid', params: { path: '', problem: '' } };
  const path = issue.path.map(String).join('.');
  return { code: 'invalid', params: { path }, path, problem: problemOf(issue) };
}

function problemOf(issue: z.core.$ZodIssue): DraftProblem {
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1] ?? 'undefined';
      if (issue.expected === 'int') return { key: 'notInteger', params: {} };
      return { key: 'expected', params: { expected: issue.expected, received } };
    }
    case 'too_small':
      return { key: 'tooSmall', params: { minimum: String(issue.minimum) } };
    case 'too_big':
      return { key: 'tooBig', params: { maximum: String(issue.maximum) } };
    case 'invalid_format':
      return { key: 'format', params: {} };
    case 'unrecognized_keys':
      return { key: 'unknownKeys', params: { keys: issue.keys.join(', ') } };
    case 'invalid_value':
      return { key: 'enum', params: { options: issue.values.map(String).join(' / ') } };
    case 'invalid_union':
      return { key: 'format', params: {} };
    default:
      return { key: 'other', params: { message: issue.message } };
  }
}
