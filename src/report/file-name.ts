/**
 * File names the app writes or suggests (`<organ>-<year>-年报草稿.json`, the .docx export). The
 * organ name is the user's text: it may hold characters Windows forbids, control characters, or
 * invisible ones (bidi overrides can make `…txt.exe` read as `…exe.txt`), and it may be long.
 */

/** Windows refuses longer paths easily (260 in all); 100 leaves room for the folder. */
export const MAX_FILE_NAME_LENGTH = 100;

const FALLBACK = '未命名';
// Bidi controls, zero-width and other invisible formatting characters: dropped, they carry nothing.
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/g;
// What Windows forbids in a name, and control characters: a run becomes one `_`.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]+/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * `stem` (user text) made safe and followed by `tail` (the app's fixed part, extension included),
 * at most MAX_FILE_NAME_LENGTH characters: the stem is shortened, the tail kept whole.
 */
export function safeFileName(stem: string, tail: string): string {
  let name = stem.replace(INVISIBLE, '').replace(FORBIDDEN, '_').trim();
  // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
  name = name.replace(/^[.\s]+|[.\s]+$/g, '');
  if (RESERVED.test(name)) name = `_${name}`;
  const room = Math.max(1, MAX_FILE_NAME_LENGTH - [...tail].length);
  const chars = [...name];
  if (chars.length > room)
    name = chars
      .slice(0, room)
      .join('')
      .replace(/[.\s]+$/, '');
  return `${name || FALLBACK}${tail}`;
}

/** The name a saved draft is given (no zod here: the first screen's save button needs only this). */
export function draftFileName(report: { organ: { name: string }; year: number }): string {
  return safeFileName(report.organ.name, `-${report.year}-年报草稿.json`);
}
