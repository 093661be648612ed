/** Word export: the printed model (no docx import) and the builder (loads docx). */
export * from './model.ts';
export * from './build.ts';
export * from './pack.ts';
export * from './file-name.ts';
export * from './sanitize.ts';
