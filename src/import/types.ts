/** What an import reports besides the draft: findings and a status per section. */
import type { ImportFinding, Report, SectionId } from '../report/index.ts';
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
    }
  | { ok: false; error: ImportErrorCode; params?: Record<string, string> };
