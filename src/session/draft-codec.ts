/**
 * The draft parser and writer (zod, the schema and the migrations) as a chunk of their own: the
 * first screen of a new report does not need them. They are loaded before the first render when a
 * draft is stored in this browser (stored-draft.ts), else with the first edit (autosave) or when
 * a draft file is opened or saved.
 */
import type { parseDraft } from '../report/draft/parse.ts';
import type { salvageDraft } from '../report/draft/salvage.ts';
import type { saveableDraft } from '../report/draft/saveable.ts';

export interface DraftCodec {
  parseDraft: typeof parseDraft;
  saveableDraft: typeof saveableDraft;
  salvageDraft: typeof salvageDraft;
}

let loaded: DraftCodec | null = null;
let loading: Promise<DraftCodec> | null = null;

export function loadDraftCodec(): Promise<DraftCodec> {
  loading ??= Promise.all([
    import('../report/draft/parse.ts'),
    import('../report/draft/saveable.ts'),
    import('../report/draft/salvage.ts'),
  ]).then(
    ([parse, saveable, salvage]) =>
      (loaded = { parseDraft: parse.parseDraft, saveableDraft: saveable.saveableDraft, salvageDraft: salvage.salvageDraft }),
    (error: unknown) => {
      // A failed fetch (a server gone) is tried again by the next caller.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The codec if it has been loaded, else null (the caller loads it and tries again). */
export function draftCodec(): DraftCodec | null {
  return loaded;
}
