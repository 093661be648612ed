/** Stands for a number in a message template; no translation contains it. */
const HOLE = '\u0000';

/**
 * A message whose numbers are filled in by joining strings: translated once per language, since
 * t() looks up and interpolates on every call, and this text changes with every keystroke.
 */
export function template<N extends string>(translate: (holes: Record<N, string>) => string, holes: readonly N[]) {
  const marked = Object.fromEntries(holes.map((name, i) => [name, `${HOLE}${i}${HOLE}`])) as Record<N, string>;
  const parts = translate(marked).split(HOLE);
  // Odd parts are the holes' indexes, even parts the text between them.
  return (values: Record<N, number>) => parts.map((part, i) => (i % 2 ? String(values[holes[Number(part)] as N]) : part)).join('');
}
