/** What an import reports besides the draft: findings and a status per section. */
import type { FindingSection, Report, SectionId } from '../report/index.ts';
import type { SourceFormat } from './source.ts';

/** Also the i18n key `import:findings.<code>`. */
export type ImportFindingCode =
  | 'printedTotalDiffers'
  | 'strayCells'
  | 'cellsSplit'
  | 'oldOtherHandling'
  | 'oldTable2'
  | 'rowsMissing'
  | 'sectionMissing'
  | 'headingRenumbered'
  | 'titleWithoutYear'
  | 'openingMissing'
  | 'dateMissing'
  | 'pageFurnitureDropped'
  | 'textTooLong';

export interface ImportFinding {
  code: ImportFindingCode;
  severity: 'warning' | 'info';
  section: FindingSection;
  /** Cell ids or field paths in the imported draft, as for rule findings. */
  cells: string[];
  params: Record<string, string | number>;
}

export type SectionStatus = 'imported' | 'partial' | 'missing' | 'oldLayout';

export interface SectionReport {
  status: SectionStatus;
  /** Tables: input cells read / input cells of the table. */
  cells?: { found: number; expected: number };
}

export type ImportErrorCode = 'empty' | 'notAReport' | 'notADocx' | 'unsupportedFile' | 'invalidDraft';

export type ImportResult =
  | {
      ok: true;
      report: Report;
      findings: ImportFinding[];
      sections: Record<'basics' | SectionId, SectionReport>;
      format: SourceFormat;
    }
  | { ok: false; error: ImportErrorCode; params?: Record<string, string> };
