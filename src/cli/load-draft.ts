/** Reading a draft file for a command; a bad file is reported on stderr with exit 2. */
import { defaultI18n } from '../i18n/index.ts';
import { parseDraft, renderDraftError, type Draft } from '../report/index.ts';
import type { CliIo } from './io.ts';

export async function loadDraft(io: CliIo, path: string): Promise<Draft | null> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(path);
  } catch (error) {
    io.err(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const result = parseDraft(new TextDecoder().decode(bytes), bytes.length);
  if (!result.ok) {
    io.err(`${path}: ${renderDraftError(result.error, defaultI18n())}`);
    return null;
  }
  return result.draft;
}
