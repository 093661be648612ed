/**
 * Version 2 → 3: 万元 amounts may carry up to six decimals (version 2 allowed four). Every version 2
 * amount is already a valid version 3 amount, so the step changes no figure; the bump is there so
 * that an older app refuses a version 3 draft as "newer" instead of calling its amount invalid.
 * Frozen: nothing of today's code is read.
 */
import type { Json } from './json.ts';

export function v2ToV3(envelope: Json): Json {
  return { ...envelope, version: 3 };
}
