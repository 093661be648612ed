/**
 * Hostile draft files: random JSON, mutated real drafts, deep nesting, huge strings, prototype
 * keys, numbers as strings, NaN/Infinity, negative and fractional counts, unknown fields, wrong
 * versions. Every one is either a valid draft or refused with a message; nothing throws, nothing
 * pollutes prototypes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { SEED_DRAFTS } from '../fixtures/seeds.ts';
import { renderDraftError } from './messages.ts';
import { parseDraft } from './parse.ts';

// A fixed seed keeps CI reproducible; FUZZ_SEED explores other inputs locally.
const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const zh = createI18n('zh-CN');
const en = createI18n('en');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function expectHandled(text: string): void {
  const result = parseDraft(text);
  if (result.ok) {
    expect(result.draft.format).toBe('nianbao-draft');
    return;
  }
  expect(result.error.code).not.toBe('unreadable');
  for (const i18n of [zh, en]) {
    const message = renderDraftError(result.error, i18n);
    expect(message.length).toBeGreaterThan(3);
    expect(message).not.toContain('{{');
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Every path of a JSON value, to aim mutations anywhere in a real draft. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path.at(-1) as string | number] = replacement;
  return copy as Json;
}

const seeds = Object.values(SEED_DRAFTS) as unknown as Json[];
const seedPaths = seeds.map((s) => paths(s));

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.integer({ min: -1000, max: -1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer().map(String),
  fc.constant('1e400'),
  fc.string({ minLength: 0, maxLength: 20 }),
  fc.constantFrom<Json>({ __proto__: { polluted: 1 } } as unknown as Json, { constructor: { prototype: { polluted: 1 } } }),
);

const mutatedDraft = fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.nat(), hostileValue, fc.boolean()).map(([s, p, value, addUnknown]) => {
  const list = seedPaths[s] ?? [[]];
  const mutated = setAt(seeds[s] ?? null, list[p % list.length] ?? [], value);
  if (addUnknown && mutated && typeof mutated === 'object' && !Array.isArray(mutated)) (mutated as Record<string, Json>).unknownField = 1;
  return JSON.stringify(mutated);
});

/** Text-level corruptions JSON.stringify cannot produce: NaN, Infinity, __proto__ keys, cuts. */
const corruptedText = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.constantFrom('NaN', 'Infinity', '-Infinity', '"__proto__"', 'cut', 'version'), fc.nat())
  .map(([s, kind, at]) => {
    const text = JSON.stringify(seeds[s]);
    switch (kind) {
      case 'cut':
        return text.slice(0, at % text.length);
      case 'version':
        return text.replace('"version":1', `"version":${[0, 2, -1, 1.5, '"1"', null][at % 6]}`);
      case '"__proto__"':
        return text.replace('"report":{', '"report":{"__proto__":{"polluted":true},');
      default:
        return text.replace(/("natural":)\d+/, `$1${kind}`);
    }
  });

describe('draft parser under hostile input (≥ 10 000 files)', () => {
  it('random JSON documents', () => {
    fc.assert(
      fc.property(fc.json(), (text) => expectHandled(text)),
      { numRuns: 3000, seed: SEED },
    );
  });

  it('random JSON dressed as a draft envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.oneof(fc.constant(1), fc.integer()), (report, version) => {
        expectHandled(
          JSON.stringify({ format: 'nianbao-draft', version, savedAt: '2025-01-01T00:00:00Z', app: { name: 'x', version: '1' }, report }),
        );
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('real drafts with one value replaced anywhere', () => {
    fc.assert(
      fc.property(mutatedDraft, (text) => expectHandled(text)),
      { numRuns: 4000, seed: SEED },
    );
  });

  it('real drafts corrupted as text', () => {
    fc.assert(
      fc.property(corruptedText, (text) => expectHandled(text)),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('deep nesting and huge strings', () => {
    for (const depth of [1000, 100_000]) {
      expectHandled(`${'['.repeat(depth)}${']'.repeat(depth)}`);
      expectHandled(`{"format":"nianbao-draft","version":1,"report":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`);
    }
    const seed = structuredClone(SEED_DRAFTS['002']) as unknown as { report: { narrative: { problems: { problems: string } } } };
    seed.report.narrative.problems.problems = '长'.repeat(1_500_000);
    const result = parseDraft(JSON.stringify(seed));
    expect(!result.ok && result.error.code).toBe('invalid');
    expectHandled(JSON.stringify(seed));
  });
});
