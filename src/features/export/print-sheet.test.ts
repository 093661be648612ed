import { describe, expect, it } from 'vitest';
import { MARGIN, PAGE } from '../../render/layout.ts';
import { PRINT_PATH, printCss } from './print-sheet.ts';

describe('the print path stylesheet', () => {
  const css = printCss();

  it('sets A4 and the .docx margins from render/layout.ts, in points', () => {
    const pt = (twips: number) => `${twips / 20}pt`;
    expect(css).toContain(`size: ${pt(PAGE.width)} ${pt(PAGE.height)};`);
    expect(css).toContain(`margin: ${pt(MARGIN.top)} ${pt(MARGIN.right)} ${pt(MARGIN.bottom)} ${pt(MARGIN.left)};`);
  });

  it('numbers odd pages on the right and even pages on the left, “— N —”', () => {
    expect(css).toMatch(/@page :right \{ @bottom-right \{ content: "— " counter\(page\) " —";/);
    expect(css).toMatch(/@page :left \{ @bottom-left \{ content: "— " counter\(page\) " —";/);
  });

  it('prints only the preview: everything off the marked path is hidden, header rows repeat', () => {
    expect(css).toContain(`[${PRINT_PATH}] > :not([${PRINT_PATH}]):not(.print-preview) { display: none !important; }`);
    expect(css).toContain('.print-preview thead { display: table-header-group; }');
    // The body pitch: 28.95 pt, 22 lines in the text block.
    expect(css).toContain('line-height: 28.95pt');
  });
});
