/** What an import reports besides the draft: findings and a status per section. */
import type { ImportFinding, Report, SectionId } from '../report/index.ts';
import type { UnplacedRow } from './map/map-tables.ts';
import type { SourceFormat } from './source.ts';

/** Import findings are part of the one finding vocabulary (src/report/findings.ts). */
export type { ImportFinding, ImportFindingId as ImportFindingCode } from '../report/index.ts';

export type SectionStatus = 'imported' | 'partial' | 'missing' | 'oldLayout';

export interface SectionReport {
  status: SectionStatus;
  /** Tables: input cells read / input cells of the table. */
  cells?: { found: number; expected: number };
}

export type ImportErrorCode = 'empty' | 'notAReport' | 'notADocx' | 'notAPdf' | 'unsupportedFile' | 'invalidDraft';

export type ImportResult =
  | {
      ok: true;
      report: Report;
      findings: ImportFinding[];
      sections: Record<'basics' | SectionId, SectionReport>;
      format: SourceFormat;
      /**
       * Rows of the tables' sections the mapping left cells of (headers, notes, page furniture, a
       * row it did not recognise), in order; at most UNPLACED_MAX per table. For reports and tests:
       * what matters to the user is already a finding (rowsMissing, strayCells, …).
       */
      unplaced: readonly (UnplacedRow & { readonly section: SectionId })[];
    }
  | { ok: false; error: ImportErrorCode; params?: Record<string, string> };
