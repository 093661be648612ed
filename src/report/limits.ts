/**
 * Fitting a report to the length limits of its text fields as the zod schema states them:
 * fitReport trims a report built elsewhere (import, carry-forward, recovery). The UI reads the
 * same limits without zod from text-limits.ts (limits.test.ts checks that they agree). A state the app holds must be a state it can save and reopen.
 */
import type { z } from 'zod/mini';
import { reportSchema, type Report } from './schema.ts';
import { cutText } from './text-limits.ts';

type Schema = z.core.$ZodType;

/** A text that was longer than its field allows and was cut to `limit`. */
export interface TextCut {
  path: string;
  length: number;
  limit: number;
}

/** Optional and nullable wrap the schema that says what the value is. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  while (s._zod.def.type === 'optional' || s._zod.def.type === 'nullable') s = (s._zod.def as unknown as { innerType: Schema }).innerType;
  return s;
}

export function shapeOf(schema: Schema): Record<string, Schema> | null {
  const s = unwrap(schema);
  return s._zod.def.type === 'object' ? (s._zod.def as unknown as { shape: Record<string, Schema> }).shape : null;
}

/** The maxLength of a string schema, or null when it has none (or is not a string). */
export function maxLengthOf(schema: Schema): number | null {
  const s = unwrap(schema);
  if (s._zod.def.type !== 'string') return null;
  for (const check of s._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; maximum?: number };
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return null;
}

export { cutText, limitOf } from './text-limits.ts';

function fitNode(schema: Schema, value: unknown, path: string, cuts: TextCut[]): unknown {
  if (typeof value === 'string') {
    const limit = maxLengthOf(schema);
    if (limit === null || value.length <= limit) return value;
    cuts.push({ path, length: value.length, limit });
    return cutText(value, limit);
  }
  const shape = shapeOf(schema);
  if (!shape || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let out: Record<string, unknown> | null = null;
  for (const [key, inner] of Object.entries(value)) {
    const child = shape[key];
    if (!child) continue;
    const fitted = fitNode(child, inner, path ? `${path}.${key}` : key, cuts);
    if (fitted !== inner) (out ??= { ...value })[key] = fitted;
  }
  return out ?? value;
}

/**
 * The value with every over-long string cut to its schema's limit, and what was cut. Unchanged
 * parts are shared, not copied. Works on any value shaped like the schema (the recovery of a
 * stored draft passes one that is not a valid report yet).
 */
export function fitToSchema<T>(schema: Schema, value: T, path = ''): { value: T; cuts: TextCut[] } {
  const cuts: TextCut[] = [];
  return { value: fitNode(schema, value, path, cuts) as T, cuts };
}

export function fitReport(report: Report): { report: Report; cuts: TextCut[] } {
  const { value, cuts } = fitToSchema(reportSchema, report);
  return { report: value, cuts };
}
