/**
 * How much of a paste the dialog's text area shows. A text area lays out every line of its value:
 * a paste of 500 000 short lines blocks the page for seconds (and again when the area goes), while
 * the importer reads the whole paste anyway. A published report is a few hundred lines; beyond
 * the limits below only the beginning is shown, cut at a line end.
 */
export const SHOWN_CHARS = 100_000;
export const SHOWN_LINES = 3_000;

export function shownPaste(text: string, maxChars = SHOWN_CHARS, maxLines = SHOWN_LINES): string {
  const end = Math.min(text.length, maxChars);
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1))
    if (++lines === maxLines && i + 1 < text.length) return text.slice(0, i);
  if (end === text.length) return text;
  // Cut at the last line end within the limit, when there is one: no half line.
  const lineEnd = text.lastIndexOf('\n', end);
  return text.slice(0, lineEnd > 0 ? lineEnd : end);
}
