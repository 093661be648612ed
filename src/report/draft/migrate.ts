/**
 * Draft migrations: one frozen step per version, applied in order until the current version, then
 * today's schema validates the result. A step never imports today's code (the definition, empty
 * reports, cell helpers): what its version looked like is copied into it, so a later change of the
 * form cannot change what an old step produces (draft.test.ts checks the imports). Each past
 * version keeps a hand-made fixture in ./fixtures.
 */
import type { Json } from './migrations/json.ts';
import { v0ToV1 } from './migrations/v0-to-v1.ts';
import { v1ToV2 } from './migrations/v1-to-v2.ts';
import { v2ToV3 } from './migrations/v2-to-v3.ts';

/** migrations[n] turns an envelope of version n into one of version n + 1. */
export const MIGRATIONS: Readonly<Record<number, (envelope: Json) => Json>> = {
  0: v0ToV1,
  1: v1ToV2,
  2: v2ToV3,
};
