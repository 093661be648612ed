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
  return paragraphsOf(text, 1)[0] ?? '';
}

/** A text area → its paragraphs: legal characters only, no empty paragraphs, no layout spaces. */
export function splitParagraphs(text: string): string[] {
  return paragraphsOf(text, Infinity);
}

/** What String.prototype.trim strips (ECMAScript WhiteSpace and LineTerminator). */
const trimmed = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Lines and characters visited by paragraphsOf, for the linearity tests. */
export const paragraphSteps = { count: 0 };

/**
 * Lone surrogates are gone (ILLEGAL) before any text is decoded, so decoding loses nothing; a BOM
 * is kept (INVISIBLE removed them all anyway).
 */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The lines of `text` from `start` on, each trimmed, the blank ones left out, joined by spaces:
 * one pass over the characters into one buffer, no string per line.
 */
function joinedLines(text: string, start: number): string {
  // No longer than the text: each space between two lines stands for at least one '\n'.
  const buffer = new Uint16Array(text.length - start);
  let size = 0;
  // The line has printed text; some line before had; where the spaces after the line's last printed character begin.
  let printing = false;
  let printed = false;
  let gap = -1;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      printing = false;
      gap = -1;
    } else if (trimmed(c)) {
      if (printing && gap < 0) gap = i;
    } else {
      if (!printing && printed) buffer[size++] = 0x20;
      for (let j = gap; j >= 0 && j < i; j++) buffer[size++] = text.charCodeAt(j);
      buffer[size++] = c;
      printing = printed = true;
      gap = -1;
    }
  }
  paragraphSteps.count += text.length - start;
  return UTF16.decode(buffer.subarray(0, size));
}

/**
 * `capParagraphs(splitParagraphs(text), max)` in one scan: the paragraphs kept whole sliced out
 * line by line, those past the cap joined in one pass over their characters (joinedLines). A 4 MB
 * draft of 800 000 one-character lines made a string, a regex replace and a trim call per line, then
 * a join (a quarter of a second to open the preview).
 */
export function paragraphsOf(text: string, max = MAX_PARAGRAPHS): string[] {
  // SPACE_RUN's class holds no '\n': replacing over the whole text is replacing line by line.
  const clean = text.replace(BREAKS, '\n').replace(ILLEGAL, '').replace(INVISIBLE, '').replace(SPACE_RUN, ' ');
  const out: string[] = [];
  for (let start = 0; start <= clean.length;) {
    paragraphSteps.count++;
    const next = clean.indexOf('\n', start);
    const end = next < 0 ? clean.length : next;
    let from = start;
    let to = end;
    while (from < to && trimmed(clean.charCodeAt(from))) from++;
    while (to > from && trimmed(clean.charCodeAt(to - 1))) to--;
    if (from < to) {
      if (out.length >= max - 1) {
        out.push(joinedLines(clean, from));
        return out;
      }
      out.push(clean.slice(from, to));
    }
    start = end + 1;
  }
  return out;
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
