/**
 * The importer is loaded only when the import dialog reads something: it is not part of the
 * first download.
 */
import type { ImportResult } from '../../import/index.ts';

export type Importer = typeof import('../../import/index.ts');
export type Imported = Extract<ImportResult, { ok: true }>;

export const loadImporter = (): Promise<Importer> => import('../../import/index.ts');
