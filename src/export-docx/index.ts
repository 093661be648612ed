/** Word export: the printed model (no docx import) and the builder (loads docx). */
export * from '../render/model.ts';
export * from './build.ts';
export * from './pack.ts';
export * from './file-name.ts';
export * from '../render/sanitize.ts';
