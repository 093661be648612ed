/**
 * Where the autosaved draft lives in the browser: localStorage under this key, as the same JSON
 * envelope a saved draft file has (serializeDraft), so the draft parser reads both.
 */
export const AUTOSAVE_KEY = 'nianbao.autosave';
