/** The UI languages, apart from their resources: the browser bundles only zh-CN's (see browser.ts). */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
