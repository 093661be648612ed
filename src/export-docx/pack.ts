/** The edge: a built document as bytes. Node (CLI, tests) uses a buffer; the browser a Blob. */
import { Packer } from 'docx';
import type { Report } from '../report/index.ts';
import { buildReportDocument, type BuildOptions } from './build.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function reportDocxBytes(report: Report, options: BuildOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(buildReportDocument(report, options)));
}

export function reportDocxBlob(report: Report, options: BuildOptions = {}): Promise<Blob> {
  return Packer.toBlob(buildReportDocument(report, options));
}
