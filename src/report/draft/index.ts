export * from './envelope.ts';
export * from './parse.ts';
export * from './messages.ts';
export { MIGRATIONS } from './migrate.ts';
export * from './salvage.ts';
export * from './saveable.ts';
