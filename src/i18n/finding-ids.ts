/**
 * The finding vocabulary, as types derived from the source locale: a finding id is a message key,
 * so the compiler rejects an id (or a list item) that has no message. Types only — the domain may
 * import them without depending on i18next.
 */
import type zhRules from './locales/zh-CN/rules.ts';
import type zhImport from './locales/zh-CN/import.ts';
import type zhCommon from './locales/zh-CN/common.ts';

/** The keys of an object whose value is a message (nested groups such as `severity` are not ids). */
type MessageKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** A rule finding's id, also its key in the `rules` namespace. */
export type RuleFindingId = MessageKeys<typeof zhRules>;

/** An import finding's id, also its key under `import:findings`. */
export type ImportFindingId = MessageKeys<(typeof zhImport)['findings']>;

export type OpeningFieldKey = MessageKeys<(typeof zhCommon)['openingFields']>;

/**
 * Full message keys a finding may list in a parameter (rendered one by one and joined with the
 * locale's `common:listSeparator`). Add a family here to let findings list its names.
 */
export type ListItemKey = `common:openingFields.${OpeningFieldKey}`;
