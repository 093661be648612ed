/**
 * Text as the user typed it → text a .docx can hold. Characters illegal in XML 1.0 make a file
 * Word refuses to open (docs/format.md §7), and a newline inside a run is not a line break: so strip the
 * former and turn line breaks into separate paragraphs.
 */

// Line-like separators pasted from Word/PDF (vertical tab = Word's manual line break, form feed =
// its page break, U+2028/2029) are treated as paragraph breaks rather than dropped.
const BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
// XML 1.0 Char excludes C0 controls (but tab/LF/CR), U+FFFE/U+FFFF; lone surrogates are not characters.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Runs of spaces/tabs: kept as one (spaces were used for layout in the source, which we redo).
const SPACE_RUN = /[ \t\u00A0]{2,}|\t/g;

/** One line of text with nothing illegal, breaks as spaces, space runs collapsed, trimmed. */
export function cleanLine(text: string): string {
  return splitParagraphs(text).join(' ');
}

/** A text area → its paragraphs: legal characters only, no empty paragraphs, no layout spaces. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(BREAKS, '\n')
    .replace(ILLEGAL, '')
    .split('\n')
    .map((p) => p.replace(SPACE_RUN, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((p) => p.length > 0);
}
