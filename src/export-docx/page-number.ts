/**
 * The footer's “— N —”. The PAGE field is written as Word writes it — begin, instruction,
 * separate, a cached result, end — because the library leaves the result empty, and viewers that
 * show fields without updating them (previewers, some WPS modes, mail attachments) then print
 * “—  —”. The cached number is the first page of the footer's kind (1 on odd pages, 2 on even);
 * Word and LibreOffice recompute it on every page.
 */
import { AlignmentType, Footer, Paragraph, TextRun, XmlAttributeComponent, XmlComponent } from 'docx';
import { SIZE } from '../render/layout.ts';
import type { FontScheme } from '../render/fonts.ts';
import { oneFont } from './run-font.ts';

type FieldCharType = 'begin' | 'separate' | 'end';

class FieldCharAttributes extends XmlAttributeComponent<{ type: FieldCharType }> {
  protected override readonly xmlKeys = { type: 'w:fldCharType' };
}

class FieldChar extends XmlComponent {
  constructor(type: FieldCharType) {
    super('w:fldChar');
    this.root.push(new FieldCharAttributes({ type }));
  }
}

class SpaceAttributes extends XmlAttributeComponent<{ space: 'preserve' }> {
  protected override readonly xmlKeys = { space: 'xml:space' };
}

class InstructionText extends XmlComponent {
  constructor(instruction: string) {
    super('w:instrText');
    this.root.push(new SpaceAttributes({ space: 'preserve' }));
    this.root.push(instruction);
  }
}

/** The runs of a PAGE field showing `cached` until the reader updates it. */
export function pageFieldRuns(cached: string, run: { font: ReturnType<typeof oneFont>; size: number }): TextRun[] {
  return [
    new TextRun({ ...run, children: [new FieldChar('begin')] }),
    new TextRun({ ...run, children: [new InstructionText(' PAGE ')] }),
    new TextRun({ ...run, children: [new FieldChar('separate')] }),
    new TextRun({ ...run, text: cached }),
    new TextRun({ ...run, children: [new FieldChar('end')] }),
  ];
}

/** “— N —” in 4号 宋体: odd pages on the right, even pages on the left, one character in. */
export function createPageNumberFooter(side: 'odd' | 'even', fonts: FontScheme): Footer {
  // 4号半角宋体阿拉伯数字 (GB/T 9704-2012 §7.5): the digits too are 宋体, not the Latin font.
  const run = { font: oneFont(fonts.pageNumber), size: SIZE.pageNumber };
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: 280 } : { left: 280 },
        children: [new TextRun({ ...run, text: '— ' }), ...pageFieldRuns(odd ? '1' : '2', run), new TextRun({ ...run, text: ' —' })],
      }),
    ],
  });
}
