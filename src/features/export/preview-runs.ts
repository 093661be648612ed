/**
 * The print preview's body paragraphs gathered into runs, each skipped by the browser as one box
 * while off screen (PrintPreview.tsx, export.css).
 */
import { LINE_PITCH } from '../../render/layout.ts';
import type { Block } from '../../render/model.ts';

/** At most this many paragraphs a run: a run coming on screen is laid out at once, 8 000 paragraphs are 320 runs. */
export const RUN_LENGTH = 25;
/** Characters of 3号 on a line of the text block (docs/format.md §7): for the size estimate. */
const LINE_CHARS = 28;

export type Piece = { run: false; block: Block; index: number } | { run: true; texts: string[]; index: number };

/**
 * The blocks with consecutive body paragraphs gathered into runs of at most RUN_LENGTH. On screen
 * each run is skipped while off screen (content-visibility in export.css): a 4 MB draft of pasted
 * lines is 8 000 paragraphs, and the browser looked for each of them whether it was on screen, every
 * frame. A run adds a <div> and nothing else: the paragraphs inside are the same <p>.
 */
export function runs(blocks: readonly Block[], length = RUN_LENGTH): Piece[] {
  const pieces: Piece[] = [];
  blocks.forEach((block, index) => {
    const last = pieces[pieces.length - 1];
    if (block.kind !== 'paragraph') pieces.push({ run: false, block, index });
    else if (last?.run && last.texts.length < length) last.texts.push(block.text);
    else pieces.push({ run: true, texts: [block.text], index });
  });
  return pieces;
}

/** The run's height if each paragraph fills its lines (the size it is given while skipped). */
export function estimatedHeight(texts: readonly string[]): string {
  const lines = texts.reduce((n, text) => n + Math.max(1, Math.ceil((text.length + 2) / LINE_CHARS)), 0);
  return `0 ${((lines * LINE_PITCH) / 20).toFixed(2)}pt`;
}
