/**
 * A message whose numbers change on every keystroke (an identity check's “✗ 自然人相差12（34≠46）”),
 * written with each number in a span of its own (.message-figure). A keystroke then changes only
 * those spans' digits; the wording around them keeps its text nodes. Written as one text, the
 * whole message was new text on every key (CJK text, and ✓ ✗ from a fallback font). The spans
 * are inline: the message wraps by the text's own rules (an inline-block figure let a line start
 * with “）”).
 */
import { fill, type MessageParts } from './message-template.ts';
import { writeText } from './write-text.ts';

export interface MessageWriter {
  /** Writes the message `parts` with `values` in its holes; returns it as one text. */
  write<N extends string>(parts: MessageParts<N>, values: Record<N, number>): string;
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
      return fill(parts, values);
    },
    writePlain(text) {
      shown = null;
      figures = [];
      writeText(element, text);
    },
  };
}
