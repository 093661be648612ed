/** The importer, loaded when the review reads its first published report (not in the first download). */
export type Importer = typeof import('../../import/index.ts');
export const loadImporter = (): Promise<Importer> => import('../../import/index.ts');
