/**
 * quickParse may only ever answer what zod answers: for real and mutated drafts its `data` is zod's
 * output to the key order, and wherever it is not sure it says so (null) rather than guess.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { SEED_DRAFTS } from '../fixtures/seeds.ts';
import { DRAFT_VERSION, draftSchema } from './envelope.ts';
import { MIGRATIONS } from './migrate.ts';
import { parseDraft } from './parse.ts';
import { quickParse } from './quick-parse.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
type Json = null | boolean | number | string | undefined | Json[] | { [key: string]: Json };

/** A seed as its current-version envelope, the value parseDraft validates. */
function envelopeOf(id: keyof typeof SEED_DRAFTS): Record<string, unknown> {
  let envelope = structuredClone(SEED_DRAFTS[id]) as unknown as Record<string, unknown>;
  for (let v = Number(envelope.version); v < DRAFT_VERSION; v++) envelope = MIGRATIONS[v]?.(envelope) ?? envelope;
  return envelope;
}

/** Values and key order, as text: toEqual ignores key order, which zod's output has. */
const shape = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (v === undefined ? '<undefined>' : v));

/** quickParse is null, or zod accepts with the very same output. */
function expectAgrees(schema: z.core.$ZodType, value: unknown): boolean {
  const quick = quickParse(schema, structuredClone(value));
  const zod = z.safeParse(schema, structuredClone(value));
  if (quick) {
    expect(zod.success).toBe(true);
    expect(shape(quick.data)).toBe(shape(zod.data));
  }
  return quick !== null;
}

const ids = Object.keys(SEED_DRAFTS) as (keyof typeof SEED_DRAFTS)[];
const envelopes = ids.map(envelopeOf);

function paths(value: Json, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
}
const envelopePaths = envelopes.map((e) => paths(e as Json).filter((p) => p.length > 0));

type Edit = { kind: 'set'; value: Json } | { kind: 'delete' } | { kind: 'reverse' } | { kind: 'extra' };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.oneof(
      fc.jsonValue() as fc.Arbitrary<Json>,
      fc.integer({ min: -5, max: 2_000_000_000 }),
      fc.constantFrom<Json>(0, 1.5, -1, Number.NaN, Infinity, 2 ** 53, '', '2024-02-30', '2025-03-20', '12.5', '1.1234567', 'township'),
      fc.constantFrom<Json>(undefined, 'x'.repeat(501), '😀'.repeat(300), '😀'.repeat(260)),
    ),
  }),
  fc.constantFrom<Edit>({ kind: 'delete' }, { kind: 'reverse' }, { kind: 'extra' }),
);

function applyEdit(root: Record<string, unknown>, path: string[], change: Edit): Record<string, unknown> {
  const copy = structuredClone(root);
  let parent: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = path[path.length - 1] ?? '';
  const target = parent[last];
  if (change.kind === 'set') parent[last] = change.value;
  if (change.kind === 'delete') delete parent[last];
  if (change.kind === 'extra' && target && typeof target === 'object') (target as Record<string, unknown>).extra = 1;
  if (change.kind === 'reverse' && target && typeof target === 'object' && !Array.isArray(target))
    parent[last] = Object.fromEntries(Object.entries(target).reverse());
  return copy;
}

describe('quickParse against zod', () => {
  it('takes every seed draft, with zod’s output (a migration’s new key moved to its schema place)', () => {
    for (const envelope of envelopes) expect(expectAgrees(draftSchema, envelope)).toBe(true);
    // Migrating to version 2 appends `form`; zod, and so quickParse, put it after `version`.
    expect(Object.keys(envelopes[0] ?? {})).not.toEqual(Object.keys(draftSchema._zod.def.shape));
  });

  it('agrees with zod on drafts with a value replaced, removed, reordered or added anywhere', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.nat({ max: envelopes.length - 1 }), fc.nat(), edit, (s, p, change) => {
        const list = envelopePaths[s] ?? [];
        const path = list[p % list.length] ?? [];
        if (expectAgrees(draftSchema, applyEdit(envelopes[s] ?? {}, path, change))) taken++;
      }),
      { numRuns: 1500, seed: SEED },
    );
    // Not a vacuous agreement: many mutated drafts (a changed count, a reordered object) are taken.
    expect(taken).toBeGreaterThan(300);
  });

  it('opens drafts through parseDraft exactly as zod alone did', () => {
    for (const [i, id] of ids.entries()) {
      const parsed = parseDraft(JSON.stringify(SEED_DRAFTS[id]));
      const zod = draftSchema.safeParse(envelopes[i]);
      expect(parsed.ok && shape(parsed.draft)).toBe(shape(zod.data));
    }
  });
});

describe('quickParse is not sure where zod decides otherwise than a plain test would', () => {
  it('a string over its limit in UTF-16 units but within it in code points (zod counts code points)', () => {
    const schema = z.string().check(z.maxLength(2));
    expect(z.safeParse(schema, '😀😀').success).toBe(true);
    expect(quickParse(schema, '😀😀')).toBeNull();
    expect(quickParse(schema, 'ab')).toEqual({ data: 'ab' });
  });

  it('a union: the first option zod accepts decides, so an unsure earlier option stops it', () => {
    const date = z.union([z.literal(''), z.iso.date()]);
    expect(quickParse(date, '')).toEqual({ data: '' });
    expect(quickParse(date, '2025-03-20')).toEqual({ data: '2025-03-20' });
    expect(quickParse(date, '2025-13-20')).toBeNull();
    const unsureFirst = z.union([z.strictObject({ a: z.number() }), z.strictObject({ b: z.number() })]);
    expect(quickParse(unsureFirst, { b: 1 })).toBeNull();
    expect(quickParse(unsureFirst, { a: 1 })).toEqual({ data: { a: 1 } });
  });

  it('a kind of schema or check it does not know, and objects that are not plain', () => {
    expect(quickParse(z.record(z.string(), z.number()), { a: 1 })).toBeNull();
    expect(quickParse(z.string().check(z.refine((s) => s !== 'no')), 'yes')).toEqual({ data: 'yes' });
    expect(quickParse(z.string().check(z.refine((s) => s !== 'no')), 'no')).toBeNull();
    expect(quickParse(z.strictObject({ toString: z.string() }), { toString: 'x' })).toBeNull();
    expect(quickParse(z.strictObject({ a: z.number() }), Object.assign(Object.create(null) as object, { a: 1 }))).toBeNull();
    expect(quickParse(z.object({ a: z.number() }), { a: 1, b: 2 })).toBeNull();
    // Among other keys too: zod finds an optional `toString` in every object (the prototype's
    // function) and refuses it, where a plain walk of own keys would accept.
    const withPrototypeKey = z.strictObject({ a: z.number(), toString: z.optional(z.string()) });
    expect(z.safeParse(withPrototypeKey, { a: 1 }).success).toBe(false);
    expect(quickParse(withPrototypeKey, { a: 1 })).toBeNull();
  });

  it('keys: unknown or missing ones, absent optional ones, a reordered object rebuilt in schema order', () => {
    const schema = z.strictObject({ a: z.number(), b: z.optional(z.string()), c: z.nullable(z.int()) });
    expect(quickParse(schema, { a: 1, c: null })).toEqual({ data: { a: 1, c: null } });
    expect(quickParse(schema, { a: 1, b: undefined, c: 1 })).toBeNull();
    expect(quickParse(schema, { a: 1 })).toBeNull();
    expect(quickParse(schema, { a: 1, c: 2, d: 3 })).toBeNull();
    expect(quickParse(schema, JSON.parse('{"a":1,"c":2,"__proto__":{}}'))).toBeNull();
    const reordered = quickParse(schema, { c: 2, b: 'x', a: 1 });
    expect(Object.keys((reordered?.data ?? {}) as object)).toEqual(['a', 'b', 'c']);
    // An object already in the schema's order is zod's output as it stands: returned, not copied
    // (opening a thousand drafts must not copy each one's thousand cells).
    const inOrder = { a: 1, b: 'x', c: 2 };
    expect(quickParse(schema, inOrder)?.data).toBe(inOrder);
    for (const value of [
      { a: Number.NaN, c: 1 },
      { a: 1, c: 1.5 },
      { a: '1', c: 1 },
      { a: Infinity, c: 1 },
      { a: 1, c: 2 ** 53 },
    ])
      expect(quickParse(schema, value)).toBeNull();
  });

  it('bounds: inclusive and exclusive, at the bound and on either side, decided as zod does', () => {
    // The draft's schema uses inclusive bounds only (counts ≥ 0, a year within a range); an
    // exclusive one must not be taken for inclusive, or a value at the bound would pass unchecked.
    const cases: [z.core.$ZodType, number[]][] = [
      [z.number().check(z.gt(0)), [-1, 0, 0.5, 1]],
      [z.number().check(z.gte(0)), [-1, 0, 0.5]],
      [z.number().check(z.lt(10)), [9, 9.5, 10, 11]],
      [z.number().check(z.lte(10)), [9.5, 10, 11]],
    ];
    for (const [schema, values] of cases)
      for (const value of values) {
        const accepted = z.safeParse(schema, value).success;
        // Sure and right where zod accepts; never a draft zod refuses.
        expect(quickParse(schema, value) !== null, `${value}`).toBe(accepted);
      }
  });

  it('arrays, holes included', () => {
    const schema = z.array(z.strictObject({ a: z.number(), b: z.number() })).check(z.maxLength(3));
    expect(
      expectAgrees(schema, [
        { b: 1, a: 2 },
        { a: 3, b: 4 },
      ]),
    ).toBe(true);
    expect(quickParse(schema, [{ a: 1, b: 1 }, , { a: 1, b: 1 }])).toBeNull(); // eslint-disable-line no-sparse-arrays
    expect(quickParse(schema, new Array(4).fill({ a: 1, b: 1 }))).toBeNull();
  });
});
