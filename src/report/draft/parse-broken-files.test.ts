/**
 * Broken draft files told apart (issue 18): a file cut off while saving or copying is 文件不完整;
 * a complete file with one hand-made syntax error is “not JSON” with the position of the error, so
 * the user can find it; and every kind of wrong field names the field and what is wrong with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { emptyReport } from '../empty.ts';
import { SEED_DRAFTS, SEED_IDS } from '../fixtures/seeds.ts';
import { DRAFT_VERSION, MAX_DRAFT_BYTES, serializeDraft } from './envelope.ts';
import { renderDraftError } from './messages.ts';
import { parseDraft, parseDraftBytes, type DraftError, type DraftParseResult } from './parse.ts';

const zh = createI18n('zh-CN');

function errorOf(result: DraftParseResult): DraftError {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

/** Drafts as the app writes them, some with text full of quotes, backslashes and brackets. */
const trickyText = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '镇', 'a', '\n'), maxLength: 30 });
const anyDraftText = fc.oneof(
  fc.constantFrom(...SEED_IDS).map((id) => `${JSON.stringify(SEED_DRAFTS[id], null, 2)}\n`),
  trickyText.map((organ) => serializeDraft(emptyReport({ organ, year: 2024 }), new Date('2025-01-20T08:00:00Z'))),
);

describe('a file cut off', () => {
  it('is truncated wherever the cut falls (property)', () => {
    fc.assert(
      fc.property(anyDraftText, fc.double({ min: 0, max: 1, noNaN: true }), (text, where) => {
        const end = text.trimEnd().length - 1;
        const cut = 1 + Math.floor(where * (end - 1));
        expect(errorOf(parseDraft(text.slice(0, cut)))).toEqual({ code: 'truncated', params: {} });
      }),
      { numRuns: 300 },
    );
  });

  it('says 文件不完整', () => {
    expect(renderDraftError(errorOf(parseDraft('{"format":"nianbao-draft","report":{"organ":')), zh)).toBe(
      '文件不完整（可能在保存或复制时被截断）',
    );
  });

  it('inside a string that holds an escaped quote and brackets', () => {
    expect(errorOf(parseDraft('{"a":"say \\"{[\\" and')).code).toBe('truncated');
  });
});

/** Each place where a hand edit can leave a comma before a closing brace (not one inside a string). */
function trailingCommaSpots(text: string): number[] {
  const spots: number[] = [];
  let inString = false;
  let lastValueEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') [inString, lastValueEnd] = [false, i + 1];
    } else if (ch === '"') inString = true;
    else if (!/\s/.test(ch ?? '')) {
      if (ch === '}' && text[lastValueEnd - 1] !== '{') spots.push(lastValueEnd);
      lastValueEnd = i + 1;
    }
  }
  return spots;
}

describe('a complete file with one syntax error', () => {
  it('is not JSON, with the position of the error, when a trailing comma is left (property)', () => {
    fc.assert(
      fc.property(anyDraftText, fc.nat(), (text, pick) => {
        const spots = trailingCommaSpots(text);
        const at = spots[pick % spots.length] ?? 0;
        const edited = `${text.slice(0, at)},${text.slice(at)}`;
        const error = errorOf(parseDraft(edited));
        expect(error.code).toBe('notJson');
        const position = Number(/position (\d+)/.exec(String(error.params.detail))?.[1]);
        // The position points at the brace after the comma (the file starts with `{`: no trim).
        expect(edited[position]).toBe('}');
        expect(edited.slice(at + 1, position).trim()).toBe('');
      }),
      { numRuns: 200 },
    );
  });

  it('is not JSON when a comma between two fields is lost', () => {
    const text = serializeDraft(emptyReport({ organ: '测试镇', year: 2024 }));
    const edited = text.replace('"nianbao-draft",', '"nianbao-draft"');
    const error = errorOf(parseDraft(edited));
    expect(error.code).toBe('notJson');
    expect(renderDraftError(error, zh)).toMatch(/^这不是草稿文件：内容不是有效的JSON（.*position \d+.*）$/);
  });

  it('is not JSON when a cut-off file also holds a raw line break inside a string (an edit, not a cut)', () => {
    expect(errorOf(parseDraft('{"format":"nianbao-draft","report":"line\nbreak"')).code).toBe('notJson');
  });

  it('is not JSON when an array inside is closed after a trailing comma', () => {
    expect(errorOf(parseDraft('{"format":"nianbao-draft","a":[1,]}')).code).toBe('notJson');
  });

  it('is not JSON when a cut-off text is an array, not a draft', () => {
    expect(errorOf(parseDraft('[{"format":"nianbao-draft"')).code).toBe('notJson');
  });
});

describe('what is not a draft, or not this version', () => {
  it.each([['null'], ['5'], ['"nianbao-draft"'], ['[{"format":"nianbao-draft"}]'], ['{"format":"other"}'], ['{}']])(
    '%s is not a draft',
    (text) => {
      expect(errorOf(parseDraft(text))).toEqual({ code: 'notDraft', params: {} });
    },
  );

  it.each([
    ['"3"', '3'],
    ['1.5', '1.5'],
    ['-1', '-1'],
    ['null', 'null'],
  ])('version %s is refused as a bad version', (version, shown) => {
    expect(errorOf(parseDraft(`{"format":"nianbao-draft","version":${version}}`))).toEqual({
      code: 'badVersion',
      params: { version: shown },
    });
  });

  it('a draft without a version is refused as a bad version', () => {
    expect(errorOf(parseDraft('{"format":"nianbao-draft"}'))).toEqual({ code: 'badVersion', params: { version: 'undefined' } });
  });

  it('a newer version names both versions', () => {
    expect(errorOf(parseDraft(`{"format":"nianbao-draft","version":${DRAFT_VERSION + 1}}`))).toEqual({
      code: 'newerVersion',
      params: { version: DRAFT_VERSION + 1, supported: DRAFT_VERSION },
    });
  });

  it('a current draft opens without saying it was migrated; BOM and surrounding blanks are fine', () => {
    const text = serializeDraft(emptyReport({ organ: '测试镇', year: 2024 }));
    const result = parseDraft(`\uFEFF \n${text}\n\n`);
    expect(result.ok).toBe(true);
    expect(result.ok && 'migratedFrom' in result).toBe(false);
  });

  it.each([[''], ['  \n\t'], ['\uFEFF'], ['\uFEFF  ']])('%j is empty', (text) => {
    expect(errorOf(parseDraft(text))).toEqual({ code: 'empty', params: {} });
  });
});

describe('sizes', () => {
  it('counts UTF-8 bytes, not characters, when no byte length is given', () => {
    // 1.8 million 镇 are 5.4 MB: over the limit though the string is shorter than 5 million.
    const text = '镇'.repeat(1_800_000);
    expect(errorOf(parseDraft(text))).toEqual({ code: 'tooLarge', params: { size: 5_400_000 } });
  });

  it('states the size of bytes over the limit', () => {
    expect(errorOf(parseDraftBytes(new Uint8Array(MAX_DRAFT_BYTES + 1)))).toEqual({
      code: 'tooLarge',
      params: { size: MAX_DRAFT_BYTES + 1 },
    });
  });

  it('accepts exactly the limit', () => {
    expect(errorOf(parseDraft('{}', MAX_DRAFT_BYTES)).code).toBe('notDraft');
    const bytes = new Uint8Array(MAX_DRAFT_BYTES).fill(0x20);
    bytes.set(new TextEncoder().encode('{}'));
    expect(errorOf(parseDraftBytes(bytes)).code).toBe('notDraft');
  });
});

describe('a caller that passes something other than text', () => {
  it('gets an error, never an exception (the last line of defence)', () => {
    const error = errorOf(parseDraft(null as unknown as string));
    expect(error.code).toBe('unreadable');
    expect(String(error.params.detail)).toMatch(/null/);
  });
});
