/**
 * Text as the user typed it → text a .docx can hold. Characters illegal in XML 1.0 make a file
 * Word refuses to open (docs/format.md §7), and a newline inside a run is not a line break: so strip the
 * former and turn line breaks into separate paragraphs. Bidi controls and zero-width characters go too.
 */

// Line-like separators pasted from Word/PDF (vertical tab = Word's manual line break, form feed =
// its page break, U+2028/2029) are treated as paragraph breaks rather than dropped.
const BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
// XML 1.0 Char excludes C0 controls (but tab/LF/CR), U+FFFE/U+FFFF; lone surrogates are not characters.
const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Bidi controls (U+061C ALM, U+200E/F LRM/RLM, U+202A–E embeddings and overrides, U+2066–9
// isolates) make Word draw a run reversed: “RTL\u202E反向” printed “向反”. Zero-width characters
// (U+200B/C, U+2060, U+FEFF) are invisible debris of web pages that break word search and the
// importer's matching. The zero-width joiner stays where it joins emoji (👨‍👩‍👧).
const INVISIBLE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u200B\u200C\u2060\uFEFF]|\u200D(?!\p{Extended_Pictographic})/gu;
// Runs of spaces/tabs: kept as one (spaces were used for layout in the source, which we redo).
const SPACE_RUN = /[ \t\u00A0]{2,}|\t/g;

/** One line of text with nothing illegal, breaks as spaces, space runs collapsed, trimmed. */
export function cleanLine(text: string): string {
  return splitParagraphs(text).join(' ');
}

/** A text area → its paragraphs: legal characters only, no empty paragraphs, no layout spaces. */
export function splitParagraphs(text: string): string[] {
  return (
    text
      .replace(BREAKS, '\n')
      .replace(ILLEGAL, '')
      .replace(INVISIBLE, '')
      .split('\n')
      // trim() strips exactly what `^[\s\u3000]+|[\s\u3000]+$` did (\s already holds U+3000), without
      // the regex retrying the second branch at every space of a long inner run (quadratic).
      .map((p) => p.replace(SPACE_RUN, ' ').trim())
      .filter((p) => p.length > 0)
  );
}

/**
 * At most this many paragraphs from one text area. A section of a real report has tens of
 * paragraphs; thousands of lines are pasted data (a list, a table as text), and one .docx
 * paragraph per line made a valid 4 MB draft of 800 000 short lines run Node out of memory (every
 * paragraph is a tree of objects in the docx library, then in its XML serializer).
 */
export const MAX_PARAGRAPHS = 1000;

/**
 * `paragraphs` with those beyond `max` joined to the last kept one, separated by a space: no text
 * is lost and the cost of the document stays bounded by its characters, not its lines. Empty lines
 * are already gone (splitParagraphs), so only real text is ever joined.
 */
export function capParagraphs(paragraphs: readonly string[], max = MAX_PARAGRAPHS): string[] {
  if (paragraphs.length <= max) return [...paragraphs];
  return [...paragraphs.slice(0, max - 1), paragraphs.slice(max - 1).join(' ')];
}
