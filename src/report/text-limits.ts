/**
 * The length limits of a report's text fields, without zod: the first screen sets them as
 * maxLength and must not wait for the schema (zod and the draft parser are a chunk of their own).
 * schema.ts builds its string checks from these constants, and limits.test.ts walks the schema to
 * prove that every text field's limit here is the one the schema enforces.
 */
import { OTHER_PARTS, OVERVIEW_AREAS } from './definition/sections.ts';

/** Narrative fields. */
export const TEXT_LIMIT = 200_000;
/** Single-line fields: names, headings, the opening block's facts. */
export const LINE_LIMIT = 500;
/** A hand-written opening paragraph. */
export const OPENING_LIMIT = 20_000;

function narrativeLimits(prefix: string): [string, number][] {
  return [
    [`${prefix}.overview.intro`, TEXT_LIMIT],
    ...OVERVIEW_AREAS.flatMap((a): [string, number][] => [
      [`${prefix}.overview.areas.${a.id}.heading`, LINE_LIMIT],
      [`${prefix}.overview.areas.${a.id}.text`, TEXT_LIMIT],
    ]),
    [`${prefix}.problems.problems`, TEXT_LIMIT],
    [`${prefix}.problems.improvements`, TEXT_LIMIT],
    [`${prefix}.other.fees.text`, TEXT_LIMIT],
    ...OTHER_PARTS.filter((p) => p.id !== 'fees').map((p): [string, number] => [`${prefix}.other.${p.id}`, TEXT_LIMIT]),
  ];
}

const OPENING_FIELDS = ['siteName', 'siteUrl', 'contactOffice', 'address', 'postcode', 'phone'];

/** Every text field with a limit, by its form path. */
export const TEXT_LIMITS: ReadonlyMap<string, number> = new Map([
  ['organ.name', LINE_LIMIT],
  ...OPENING_FIELDS.map((f): [string, number] => [`opening.${f}`, LINE_LIMIT]),
  ['preamble.title', LINE_LIMIT],
  ['preamble.opening', OPENING_LIMIT],
  ['signature.organ', LINE_LIMIT],
  ...narrativeLimits('narrative'),
  ...narrativeLimits('previous.narrative'),
]);

/** The most characters (UTF-16 code units, as maxLength counts) a field takes, by its form path. */
export function limitOf(path: string): number | null {
  return TEXT_LIMITS.get(path) ?? null;
}

/** The text cut to `limit` code units, never splitting a surrogate pair. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = limit > 0 && /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end);
}
