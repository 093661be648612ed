/**
 * Prose from a PDF's text layer: lines are hard-wrapped at the page width and pdftotext puts
 * spaces between Chinese and Latin/digits (“2024 年”). Rejoins paragraphs and removes those spaces.
 */
const HAN = '\\p{Script=Han}';
const SPACE_AFTER_HAN = new RegExp(`(${HAN}|[，。；：、“”（）《》])\\s+(?=[\\w（(“《])`, 'gu');
const SPACE_BEFORE_HAN = new RegExp(`([\\w）)”》%])\\s+(?=${HAN}|[，。；：、“”（）《》])`, 'gu');
/** A line that starts a new paragraph: a sub-heading or an ordinal. */
const PARAGRAPH_START =
  /^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]、|[一二三四五六七八九十]是)/;

export function tightenSpaces(line: string): string {
  return line.replace(SPACE_AFTER_HAN, '$1').replace(SPACE_BEFORE_HAN, '$1');
}

export function unwrapLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const raw of lines) {
    const line = tightenSpaces(raw.trim());
    if (!line) continue;
    const last = out.length - 1;
    if (open && last >= 0 && !PARAGRAPH_START.test(line)) out[last] += line;
    else out.push(line);
    open = !/[。！？；：:!?]$/.test(line);
  }
  return out;
}
