/**
 * Which fonts the exported file names: the official 公文 fonts, or the stock Windows fonts that
 * stand in for them on PCs without 方正小标宋简体/仿宋_GB2312/楷体_GB2312 (where Word would
 * substitute silently). The draft remembers the choice; the font names themselves are printing
 * matters and live in src/render/fonts.ts.
 */
export const FONT_SCHEME_IDS = ['standard', 'system'] as const;
export type FontSchemeId = (typeof FONT_SCHEME_IDS)[number];
/** A draft without the field (every draft saved before it existed) prints in the official fonts. */
export const DEFAULT_FONT_SCHEME: FontSchemeId = 'standard';

export const isFontSchemeId = (value: unknown): value is FontSchemeId => (FONT_SCHEME_IDS as readonly unknown[]).includes(value);
