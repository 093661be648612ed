/**
 * A message whose numbers change on every keystroke (an identity check's “✗ 自然人相差12（34≠46）”),
 * written with each number in a box of its own (.message-figure, an inline-block). A keystroke
 * then changes only those boxes' digits; the rest of the message keeps its text node, and the
 * browser lays it out from the shapes it already has. Written as one text, the whole message was
 * shaped again on every key (CJK text, and ✓ ✗ from a fallback font): at CPU ×4 about half the
 * layout of a keystroke's changing boxes (issue 10).
 */
import type { MessageParts } from './message-template.ts';
import { writeText } from './write-text.ts';

export interface MessageWriter {
  /** The message `parts` with `values` in its holes. */
  write<N extends string>(parts: MessageParts<N>, values: Record<N, number>): void;
  /** A text with no numbers. */
  writePlain(text: string): void;
}

export function messageWriter(element: HTMLElement): MessageWriter {
  let shown: MessageParts<string> | null = null;
  let figures: HTMLElement[] = [];
  return {
    write(parts, values) {
      if (shown !== parts) {
        shown = parts;
        const doc = element.ownerDocument;
        figures = parts.holes.map(() => {
          const figure = doc.createElement('span');
          figure.className = 'message-figure';
          return figure;
        });
        const nodes = parts.texts.flatMap((text, i) => {
          const figure = figures[i];
          return [...(text ? [doc.createTextNode(text)] : []), ...(figure ? [figure] : [])];
        });
        element.replaceChildren(...nodes);
      }
      parts.holes.forEach((hole, i) => writeText(figures[i] ?? null, String(values[hole])));
    },
    writePlain(text) {
      shown = null;
      figures = [];
      writeText(element, text);
    },
  };
}
