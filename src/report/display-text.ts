/**
 * Text from files shown to a person: characters that would act instead of showing (terminal
 * escapes, C0/C1 controls, bidi overrides that reorder what follows, zero-width characters) are
 * written out visibly, and long values are cut, so a file can neither repaint a terminal nor bury a
 * message under 50 MB of its own text.
 */

/** Every character that is invisible or changes how the text around it is shown. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escapeOne = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `\x1b`, `\u202e`…: the character named instead of acting. */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, escapeOne);
}

export function hasInvisible(text: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(text);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** The first `max` characters and `…` when longer; never splits a surrogate pair. */
export function ellipsize(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A value quoted from a file: cut to `max` characters, then made visible (cut first: bounded work). */
export function displayText(text: string, max = 80): string {
  return escapeInvisible(ellipsize(text, max));
}
