/** Plain JSON helpers for migration steps: steps see untrusted, unvalidated envelopes. */
export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
