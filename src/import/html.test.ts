import { describe, expect, it } from 'vitest';
import { htmlSteps, readHtml, removeBetween, withoutDeclarations } from './html.ts';

describe('readHtml', () => {
  it('keeps text after the last tag (a copied page cut off before its closing tags)', () => {
    const texts = readHtml('<p>一、总体情况</p>2024年，本镇坚持&ldquo;以公开为常态&rdquo;').lines.map((l) => l.text);
    expect(texts).toEqual(['一、总体情况', '2024年，本镇坚持“以公开为常态”']);
  });

  it('reads nothing inside a script or style, and what follows them', () => {
    const texts = readHtml('<style>p{color:red}</style><script>var a = "<p>x</p>";</script><p>正文</p>').lines.map((l) => l.text);
    expect(texts).toEqual(['正文']);
  });
});

describe('withoutDeclarations', () => {
  it('removes comments, processing instructions and a doctype, and leaves an unclosed one as text', () => {
    expect(withoutDeclarations('a<!-- x -->b<?xml v?>c<!DOCTYPE html>d<!x')).toBe('abcd<!x');
    expect(withoutDeclarations('<p>1 < 2</p><?php echo 1 ?>')).toBe('<p>1 < 2</p>');
  });
});

describe('removeBetween', () => {
  it('counts each character of the text once as a step, however many comments it removes', () => {
    // The step count backs the linearity tests: one pass visits every character exactly once.
    for (const text of ['前文<!-- 注释 -->正文<!--二-->后文', '<!--a-->', '无注释', '开头<!--未闭合', '<!--x--><!--y-->尾']) {
      htmlSteps.count = 0;
      removeBetween(text, '<!--', '-->');
      expect(htmlSteps.count).toBe(text.length);
    }
  });

  it('with an empty open marker removes up to each close, as /[\\s\\S]*?close/g would, also a close at the very start', () => {
    // The contract is the regex's; a close at index 0 is still a match, not "no close found".
    for (const text of ['-->正文', '-->a-->b', 'a-->b']) {
      htmlSteps.count = 0;
      expect(removeBetween(text, '', '-->')).toBe(text.replace(/[\s\S]*?-->/g, ''));
      expect(htmlSteps.count).toBe(text.length);
    }
  });
});

describe('readHtml: cells without a row', () => {
  it('reads the cells of a table copied without its <tr> as one row of just those cells', () => {
    // Clipboard HTML copied from a few cells can lack the <tr>: the row starts empty, holding only the cells.
    expect(readHtml('<table><td>主动公开</td><td>12</td></table>').lines.map((l) => l.cells)).toEqual([['主动公开', '12']]);
  });
});
