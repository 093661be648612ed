/**
 * Recovering what can be read from a stored draft that does not open: field by field, each valid
 * field is taken, an over-long text is cut to its limit, anything else is left empty and named,
 * so the user learns exactly what was not recovered.
 */
import { z } from 'zod/mini';
import { emptyReport } from '../empty.ts';
import { fitToSchema, shapeOf, unwrap, type TextCut } from '../limits.ts';
import { reportSchema, type Report } from '../schema.ts';
import { FIRST_FORMAT_YEAR } from '../definition/index.ts';
import { DRAFT_VERSION } from './envelope.ts';
import { MIGRATIONS } from './migrate.ts';

type Schema = z.core.$ZodType;
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const valid = (schema: Schema, value: unknown) => z.safeParse(schema, value).success;

export interface Salvage {
  report: Report;
  /** Field paths whose stored value was not valid and was left empty. */
  dropped: string[];
  cuts: TextCut[];
}

/** The report inside a stored text, or null when the text is not JSON at all. */
function rawReport(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!isObject(data)) return null;
  let envelope = data;
  if (typeof envelope.version === 'number' && Number.isInteger(envelope.version)) {
    for (let v = envelope.version; v < DRAFT_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (!step) break;
      try {
        envelope = step(envelope);
      } catch {
        break;
      }
    }
  }
  // A bare report (no envelope) is recovered as well.
  return isObject(envelope.report) ? envelope.report : envelope;
}

/** A blank value of a schema's shape, for an optional part that has no default. */
function blankOf(schema: Schema): unknown {
  const outer = schema._zod.def.type;
  if (outer === 'nullable') return null;
  const shape = shapeOf(schema);
  if (shape) return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, blankOf(s)]));
  const inner = unwrap(schema)._zod.def.type;
  return inner === 'string' ? '' : undefined;
}

function walk(schema: Schema, base: unknown, raw: unknown, path: string, out: Salvage): unknown {
  if (raw === undefined) return base;
  const def = schema._zod.def.type;
  if (def === 'optional') {
    const inner = (schema._zod.def as unknown as { innerType: Schema }).innerType;
    const taken = walk(inner, base === undefined ? blankOf(inner) : base, raw, path, out);
    if (!valid(inner, taken)) {
      // Not even the recovered parts make a valid whole (e.g. no year): leave it out.
      out.dropped.push(path);
      return base;
    }
    return taken;
  }
  const shape = def === 'object' ? shapeOf(schema) : null;
  if (shape) {
    if (!isObject(raw) || !isObject(base)) {
      out.dropped.push(path);
      return base;
    }
    const result: Json = {};
    for (const [key, child] of Object.entries(shape)) result[key] = walk(child, base[key], raw[key], path ? `${path}.${key}` : key, out);
    for (const key of Object.keys(raw)) if (!(key in shape)) out.dropped.push(path ? `${path}.${key}` : key);
    return result;
  }
  const fitted = fitToSchema(schema, raw, path);
  if (!valid(schema, fitted.value)) {
    out.dropped.push(path);
    return base;
  }
  out.cuts.push(...fitted.cuts);
  return fitted.value;
}

/**
 * What can be recovered from a stored draft's text, or null when it is not JSON (then only the
 * raw text can be saved). The result always validates.
 */
export function salvageDraft(text: string, today = new Date()): Salvage | null {
  const raw = rawReport(text);
  if (raw === null) return null;
  const year =
    isObject(raw) && Number.isInteger(raw.year) && (raw.year as number) >= FIRST_FORMAT_YEAR
      ? (raw.year as number)
      : today.getFullYear() - 1;
  const out: Salvage = { report: emptyReport({ year }), dropped: [], cuts: [] };
  out.report = walk(reportSchema, emptyReport({ year }), raw, '', out) as Report;
  // The last line of defence: what is returned must open.
  if (!reportSchema.safeParse(out.report).success) return { report: emptyReport({ year }), dropped: ['report'], cuts: [] };
  return out;
}
