/** The formats of `export` beside the Word file: the web page, and the PDF converted from the .docx. */
import type { FontSchemeId, Report } from '../../report/index.ts';
import { reportDocxBytes } from '../../export-docx/pack.ts';
import { reportHtmlPage } from '../../export-html/index.ts';
import { docxToPdf } from '../pdf.ts';

export const FORMATS = ['docx', 'html', 'pdf', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export const isFormat = (value: string): value is Format => (FORMATS as readonly string[]).includes(value);

/** Without --format, the output's extension decides (`-o report.pdf` is a PDF); Word otherwise. */
export function formatOfPath(path: string): Format {
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.pdf$/i.test(path)) return 'pdf';
  if (/\.xlsx$/i.test(path)) return 'xlsx';
  return 'docx';
}

export async function formatBytes(
  format: Exclude<Format, 'xlsx'>,
  report: Report,
  options: { draftCopy: boolean; fonts?: FontSchemeId | undefined },
): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return reportDocxBytes(report, options);
    case 'html':
      return new TextEncoder().encode(reportHtmlPage(report, options));
    case 'pdf':
      return docxToPdf(await reportDocxBytes(report, options));
  }
}
