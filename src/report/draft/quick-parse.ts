/**
 * zod's answer for a value it accepts, without zod's walk: opening a thousand drafts (`nianbao
 * check 'drafts/*.json'`), zod's generic parse — a payload, an issue list and a result object per
 * value — cost more than JSON.parse on a draft's thousand cells.
 *
 * It is read off the zod schema itself (never a second copy of the rules) and answers only when
 * sure: a value is `{ data }` only if zod accepts it, and `data` is what zod returns (same values,
 * keys in the schema's order). Otherwise it is null, "not sure": the caller asks zod, which also
 * words the precise problem. A schema kind or check it does not know, a string over its limit in
 * UTF-16 units (zod counts code points) and the like are such a "not sure", so a schema that grows a
 * new kind of field stays correct, only slower.
 */
import type { z } from 'zod/mini';

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;
type Test = (value: unknown) => boolean;

/** "Not sure": zod decides. */
const NO: unique symbol = Symbol('not sure');

interface Node {
  /** zod's output for the value, or NO. */
  parse(value: unknown): unknown;
  /** Whether NO is also zod's no (a union may try its next option only then). */
  exact: boolean;
}

const NOT_SURE: Node = { parse: () => NO, exact: false };

/** zod's own check (with its `when` condition), for checks without a native twin here. */
function delegated(check: Check): Test {
  return (value) => {
    const payload = { value, issues: [] as unknown[] };
    const when = (check._zod.def as { when?: (p: unknown) => boolean }).when;
    if (when && !when(payload)) return true;
    const done: unknown = check._zod.check(payload as never);
    return !(done instanceof Promise) && payload.issues.length === 0;
  };
}

/** The checks zod runs after the type test. Native twins ignore `when`, which can only skip a check. */
function checksOf(schema: Schema): { tests: Test[]; exact: boolean } {
  const own = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check] : [];
  let exact = true;
  const tests = [...own, ...(schema._zod.def.checks ?? [])].map((check): Test => {
    const def = check._zod.def as unknown as Record<string, unknown>;
    const bound = def.value;
    if (def.check === 'max_length') {
      // Within the limit in UTF-16 units is within it in code points; beyond, zod counts.
      exact = false;
      const maximum = Number(def.maximum);
      return (value) => (value as { length: number }).length <= maximum;
    }
    if (def.when !== undefined) return delegated(check);
    if (def.check === 'greater_than' && typeof bound === 'number')
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    if (def.check === 'less_than' && typeof bound === 'number')
      return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    if (def.check === 'number_format' && def.format === 'safeint') return (value) => Number.isSafeInteger(value);
    return delegated(check);
  });
  return { tests, exact };
}

function leaf(schema: Schema, typeTest: Test): Node {
  if ((schema._zod.def as { coerce?: boolean }).coerce) return NOT_SURE;
  const { tests, exact } = checksOf(schema);
  return {
    parse: (value) => {
      if (!typeTest(value)) return NO;
      for (const test of tests) if (!test(value)) return NO;
      return value;
    },
    exact,
  };
}

const hasOwn = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

function objectNode(schema: Schema, seen: Map<Schema, Node>): Node {
  const def = schema._zod.def as unknown as { shape: Record<string, Schema>; catchall?: Schema; checks?: unknown[] };
  const catchall = def.catchall?._zod.def.type;
  // Without a catchall zod drops unknown keys (a different output); with `never` it refuses them.
  if ((catchall !== undefined && catchall !== 'never') || def.checks?.length) return NOT_SURE;
  const keys = Object.keys(def.shape);
  // zod asks `key in input`: a key named like an Object.prototype member is in every object.
  if (keys.some((key) => key in Object.prototype)) return NOT_SURE;
  const index = new Map(keys.map((key, i) => [key, i]));
  const nodes = keys.map((key) => compile(def.shape[key] as Schema, seen));
  const optional = keys.map((key) => def.shape[key]?._zod.def.type === 'optional');
  const required = optional.filter((o) => !o).length;
  return {
    parse: (value) => {
      if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return NO;
      const input = value as Record<string, unknown>;
      let seenRequired = 0;
      let last = -1;
      let inOrder = true;
      // The outputs that differ from the input (a reordered object inside); never undefined.
      let changed: unknown[] | undefined;
      for (const key in input) {
        const i = index.get(key);
        if (i === undefined || !hasOwn(input, key)) return NO;
        const out = nodes[i]?.parse(input[key]);
        if (out === NO) return NO;
        if (out !== input[key]) (changed ??= [])[i] = out;
        if (i < last) inOrder = false;
        if (!optional[i]) seenRequired++;
        last = i;
      }
      if (seenRequired !== required) return NO;
      if (inOrder && !changed) return input;
      // zod's result: the keys in the schema's order, each value as parsed.
      const result: Record<string, unknown> = {};
      keys.forEach((key, i) => {
        if (hasOwn(input, key)) result[key] = changed?.[i] !== undefined ? changed[i] : input[key];
      });
      return result;
    },
    exact: false,
  };
}

function compile(schema: Schema, seen: Map<Schema, Node>): Node {
  const known = seen.get(schema);
  if (known) return known;
  // A schema that contains itself (a getter in its shape) reaches this slot while being compiled.
  let target = NOT_SURE;
  seen.set(schema, { parse: (value) => target.parse(value), exact: false });
  target = compileNew(schema, seen);
  seen.set(schema, target);
  return target;
}

function compileNew(schema: Schema, seen: Map<Schema, Node>): Node {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: unknown[] };
  const checked = (def.checks?.length ?? 0) > 0;
  switch (def.type) {
    case 'object':
      return objectNode(schema, seen);
    case 'string':
      return leaf(schema, (v) => typeof v === 'string');
    case 'number':
      return leaf(schema, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return leaf(schema, (v) => typeof v === 'boolean');
    case 'literal':
    case 'enum': {
      // The very set zod tests against.
      const values = schema._zod.values;
      if (checked || !values) return NOT_SURE;
      return { parse: (v) => (v !== undefined && values.has(v as never) ? v : NO), exact: !values.has(undefined) };
    }
    case 'nullable': {
      const inner = compile(def.innerType as Schema, seen);
      if (checked) return NOT_SURE;
      return { parse: (v) => (v === null ? v : inner.parse(v)), exact: inner.exact };
    }
    case 'optional': {
      // An absent key is the object's business; a present `undefined` is left to zod.
      const inner = compile(def.innerType as Schema, seen);
      if (checked) return NOT_SURE;
      return { parse: (v) => (v === undefined ? NO : inner.parse(v)), exact: false };
    }
    case 'array': {
      const element = compile(def.element as Schema, seen);
      const { tests } = checksOf(schema);
      return {
        parse: (v) => {
          if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return NO;
          let result: unknown[] | undefined;
          // An index loop: zod reads a hole as undefined, every() and map() skip it.
          for (let i = 0; i < v.length; i++) {
            const out = element.parse(v[i]);
            if (out === NO) return NO;
            if (out !== v[i]) (result ??= v.slice(0, i)).push(out);
            else result?.push(out);
          }
          for (const test of tests) if (!test(v)) return NO;
          return result ?? v;
        },
        exact: false,
      };
    }
    case 'union': {
      // Only the plain union: a discriminated or exclusive one picks its option otherwise.
      const traits = schema._zod.traits;
      if (checked || traits.has('$ZodDiscriminatedUnion') || traits.has('$ZodXor')) return NOT_SURE;
      const options = (def.options as Schema[]).map((o) => compile(o, seen));
      // zod keeps the first option that accepts: a later one may answer only after exact noes.
      return {
        parse: (v) => {
          for (const option of options) {
            const out = option.parse(v);
            if (out !== NO || !option.exact) return out;
          }
          return NO;
        },
        exact: options.every((o) => o.exact),
      };
    }
    default:
      return NOT_SURE;
  }
}

const compiled = new WeakMap<Schema, Node>();

/** `{ data }` as zod's safeParse would return it, or null when not sure (then ask zod). */
export function quickParse(schema: Schema, value: unknown): { data: unknown } | null {
  let node = compiled.get(schema);
  if (!node) compiled.set(schema, (node = compile(schema, new Map())));
  const data = node.parse(value);
  return data === NO ? null : { data };
}
