/** Importing a published report: the public API for the app and the CLI. No React here. */
export { importReport, importText, importSource, guessOrganKind, type ImportInput } from './import-report.ts';
export { readText, detectTextFormat, type Source, type SourceLine, type SourceFormat } from './source.ts';
export { readHtml } from './html.ts';
export { decodeHtml, declaredCharset } from './html-charset.ts';
export { readDocx } from './docx.ts';
export { DOCX_LIMITS, type DocxLimits, type NotADocxReason } from './docx-limits.ts';
export { renderImportError, renderImportFinding, renderSectionStatus } from './messages.ts';
export type { ImportFinding, ImportFindingCode, ImportResult, SectionReport, SectionStatus, ImportErrorCode } from './types.ts';
export { fileKind, inputOfFile, ACCEPTED_FILES, type FileKind } from './file-kind.ts';
