/**
 * Everything the CLI prints that holds text from files (narrative, CSV values, import findings,
 * file names) goes through here: control, bidi and zero-width characters are shown as `\x1b`,
 * `\u202e`…, so a file cannot clear the screen or retitle the window, and quoted values are cut.
 */
import type { i18n as I18n } from 'i18next';
import { displayText, escapeInvisible } from '../report/index.ts';

/** A quoted value from a file (a CSV cell, an organ name, a date). */
export const MAX_VALUE_CHARS = 80;
/** A whole line: messages are short, this only bounds one built from a very long argument. */
const MAX_LINE_CHARS = 500;

export function shown(value: string): string {
  return displayText(value, MAX_VALUE_CHARS);
}

/** One printable line: newlines in it are escaped too, so a message never spans lines. */
export function line(text: string): string {
  return displayText(text, MAX_LINE_CHARS);
}

/** A file path as given on the command line. */
export const pathOf = (path: string): string => displayText(path, 200);

/** A finding's parameters made printable before they are put into its message. */
export function shownParams<T extends Record<string, unknown>>(params: T): T {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? shown(v) : v])) as T;
}

/**
 * JSON for stdout. JSON.stringify already escapes C0 controls; C1, bidi and zero-width characters
 * are written as \u escapes too, which any JSON reader turns back into the same text.
 */
export function jsonOut(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Renders a message from a rule or import finding with its parameters made printable. */
export function findingText<F extends { params: Record<string, unknown> }>(
  finding: F,
  render: (f: F, i18n: I18n) => string,
  i18n: I18n,
): string {
  return escapeInvisible(render({ ...finding, params: shownParams(finding.params) }, i18n));
}
