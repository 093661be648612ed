import { describe, expect, it } from 'vitest';
import { readHtml, withoutDeclarations } from './html.ts';

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
