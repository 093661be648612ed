export * from './types.ts';
export * from './engine.ts';
export * from './locations.ts';
export { DEFAULT_RULES } from './registry.ts';
export { entryFindings } from './entry-findings.ts';
