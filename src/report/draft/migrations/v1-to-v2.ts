/**
 * Version 1 → 2: the draft names the official form it was written in. Every version 1 draft was
 * written in the 2021 form (the only one there was). Frozen: the id is a literal, not today's
 * current form.
 */
import type { Json } from './json.ts';

export function v1ToV2(envelope: Json): Json {
  return { ...envelope, version: 2, form: 'gov-2021' };
}
