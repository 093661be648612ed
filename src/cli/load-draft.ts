/** Reading and writing drafts for a command; a bad file is a CliFailure (stderr, exit 2). */
import { defaultI18n, translate } from '../i18n/index.ts';
import { parseDraft, parseDraftBytes, renderDraftError, serializeDraft, type Draft, type Report } from '../report/index.ts';
import { CliFailure, type CliIo } from './io.ts';
import { readInputFile, writeOutputFile } from './files.ts';
import { nodeUtf8 } from './node-utf8.ts';
import { pathOf } from './terminal.ts';

export async function loadDraft(io: CliIo, path: string): Promise<Draft> {
  const result = parseDraftBytes(await readInputFile(io, path, 'draft'), nodeUtf8);
  if (!result.ok) throw new CliFailure(`${pathOf(path)}: ${renderDraftError(result.error, defaultI18n())}`);
  return result.draft;
}

/**
 * Writes a draft only if it opens again: a report over a schema limit (a 501-character organ
 * name, an imported section over 200 000 characters) or over 5 MB would be a file the app refuses.
 */
export async function writeDraft(io: CliIo, path: string, report: Report): Promise<void> {
  const text = serializeDraft(report);
  const reopened = parseDraft(text);
  if (!reopened.ok) {
    const i18n = defaultI18n();
    throw new CliFailure(
      `${pathOf(path)}: ${translate(i18n, 'drafts:files.wouldNotOpen', { problem: renderDraftError(reopened.error, i18n) })}`,
    );
  }
  await writeOutputFile(io, path, text);
}
