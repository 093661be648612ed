/** Stands for a number in a message template; no translation contains it. */
const HOLE = '\u0000';

/** A translated message cut at its numbers: `texts[i]` comes before `holes[i]`, and one text after the last. */
export interface MessageParts<N extends string> {
  texts: readonly string[];
  holes: readonly N[];
}

/**
 * A message whose numbers are filled in later: translated once per language, since t() looks up
 * and interpolates on every call, and this text changes with every keystroke.
 */
export function templateParts<N extends string>(translate: (holes: Record<N, string>) => string, holes: readonly N[]): MessageParts<N> {
  const marked = Object.fromEntries(holes.map((name, i) => [name, `${HOLE}${i}${HOLE}`])) as Record<N, string>;
  const pieces = translate(marked).split(HOLE);
  // Odd pieces are the holes' indexes (in the translation's order), even pieces the text between them.
  return {
    texts: pieces.filter((_, i) => i % 2 === 0),
    holes: pieces.filter((_, i) => i % 2 === 1).map((index) => holes[Number(index)] as N),
  };
}

/** The message with its numbers filled in, as one string. */
export function fill<N extends string>({ texts, holes }: MessageParts<N>, values: Record<N, number>): string {
  return texts.map((text, i) => (i < holes.length ? text + String(values[holes[i] as N]) : text)).join('');
}
