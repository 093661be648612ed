/** readHtml and its passes: entities, comments and declarations, cells and spans, skipped elements and page furniture. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, readHtml, removeBetween, withoutDeclarations } from './html.ts';

const cells = (html: string) => readHtml(html).lines.map((l) => l.cells);
const texts = (html: string) => readHtml(html).lines.map((l) => l.text);

describe('decodeEntities', () => {
  it('decodes decimal and hexadecimal character references, in either case of x', () => {
    expect(decodeEntities('&#20013;&#x6587;&#X6587;&#x1F600;')).toBe('中文文😀');
  });

  it('drops a reference to no character: zero or past U+10FFFF', () => {
    expect(decodeEntities('a&#0;b&#x110000;c&#x10FFFF;')).toBe('abc\u{10FFFF}');
  });

  it('decodes the named entities of copied pages whatever their case, and leaves an unknown one as printed', () => {
    expect(decodeEntities('&ldquo;公开&rdquo;&NBSP;&Amp;&hellip;')).toBe('“公开” &…');
    expect(decodeEntities('&copy; &foo; & 5')).toBe('&copy; &foo; & 5');
  });

  it('decodes once: an escaped entity stays an entity', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('removeBetween and withoutDeclarations: as the regexes they replace (property)', () => {
  const text = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''));

  it('removeBetween removes each shortest open … close, as /open[\\s\\S]*?close/g', () => {
    fc.assert(
      fc.property(text(['<!--', '-->', '<!-->', '-', '>', '<', '!', 'a', '正']), (html) => {
        expect(removeBetween(html, '<!--', '-->')).toBe(html.replace(/<!--[\s\S]*?-->/g, ''));
      }),
      { seed: 31, numRuns: 1500 },
    );
  });

  it('withoutDeclarations removes <!…> and <?…?>, as /<![^>]*>|<\\?[^>]*\\?>/g', () => {
    fc.assert(
      fc.property(text(['<!', '<?', '?>', '?', '>', '<', '!', 'a', '<p>', '<?>']), (html) => {
        expect(withoutDeclarations(html)).toBe(html.replace(/<![^>]*>|<\?[^>]*\?>/g, ''));
      }),
      { seed: 32, numRuns: 1500 },
    );
  });

  it('examples: an unclosed comment is kept; a > right after the opening does not close it', () => {
    expect(removeBetween('a<!--x-->b<!--y', '<!--', '-->')).toBe('ab<!--y');
    expect(removeBetween('<!-->x-->y', '<!--', '-->')).toBe('y');
    expect(withoutDeclarations('<?>a?>b')).toBe('<?>a?>b');
    expect(withoutDeclarations('a<?x>b<!c')).toBe('a<?x>b<!c');
  });
});

describe('readHtml: paragraphs', () => {
  it('reads each block element as a line, spaces collapsed, and inline elements as part of it', () => {
    expect(texts('<h1>标题</h1><div>第一段  <b>加粗</b>\n 文字</div><li>条目</li>尾部')).toEqual([
      '标题',
      '第一段 加粗 文字',
      '条目',
      '尾部',
    ]);
  });

  it('reads a namespaced Word paragraph (o:p, w:p) as a paragraph', () => {
    expect(texts('<o:p>甲</o:p><w:p>乙</w:p>')).toEqual(['甲', '乙']);
  });

  it('skips script, style, head and navigation up to their own closing tag, and keeps what follows', () => {
    expect(texts('<head><title>网页标题</title></head><p>正文</p><nav><p>首页</p></nav><p>后文</p>')).toEqual(['正文', '后文']);
    expect(texts('<script>if (a < b) { x = "</p>"; }</script>正文<p>后文')).toEqual(['正文', '后文']);
  });

  it('does not skip after a self-closing <script/>', () => {
    expect(texts('<script src="a.js"/><p>正文</p>')).toEqual(['正文']);
  });

  it('drops short page furniture but keeps a long paragraph that starts like it', () => {
    const long = `当前位置说明：${'本镇依法公开政府信息。'.repeat(20)}`;
    const source = readHtml(`<p>当前位置：首页 &gt; 政务公开</p><p>${long}</p>`);
    expect(source.lines.map((l) => l.text)).toEqual([long]);
    expect(source.droppedLines).toBe(1);
  });

  it('counts no dropped line on a page without furniture', () => {
    expect(readHtml('<p>正文</p><table><tr><td>自然人</td><td>3</td></tr></table>').droppedLines).toBe(0);
  });
});

describe('readHtml: tables', () => {
  it('reads th and td as cells, a cell’s paragraphs and breaks joined, its spaces collapsed', () => {
    expect(
      cells('<table><tr><th>信息 内容</th><th>数量</th></tr><tr><td><p>行政</p><p>许可</p></td><td> 12 <br> </td></tr></table>'),
    ).toEqual([
      ['信息 内容', '数量'],
      ['行政许可', '12'],
    ]);
  });

  it('reads cells without closing tags, and a row after a table as a paragraph', () => {
    expect(cells('<table><tr><td>自然人<td>5<tr><td>法人<td>6</table><p>后文</p>')).toEqual([['自然人', '5'], ['法人', '6'], ['后文']]);
  });

  it('ignores text between cells, and cells outside a table', () => {
    expect(cells('<table><tr> 空白 <td>甲</td> 间隙 <td>乙</td></tr></table>')).toEqual([['甲', '乙']]);
    expect(texts('<p><td>甲</td>乙</p>')).toEqual(['甲乙']);
  });

  it('reads a blank cell spanning columns as blank cells, up to a span of 20; an absurd span as one', () => {
    const row = (span: string) => cells(`<table><tr><td>甲</td><td colspan=${span}></td><td>乙</td></tr></table>`)[0];
    expect(row('2')).toEqual(['甲', '', '', '乙']);
    expect(row("'3'")).toEqual(['甲', '', '', '', '乙']);
    expect(row('"20"')?.length).toBe(22);
    expect(row('"21"')).toEqual(['甲', '', '乙']);
    expect(row('"0"')).toEqual(['甲', '', '乙']);
    expect(row('"1"')).toEqual(['甲', '', '乙']);
  });

  it('reads a table nested in a cell as its own rows, then the outer row', () => {
    expect(cells('<table><tr><td>外<table><tr><td>内</td></tr></table></td><td>后</td></tr></table>')).toEqual([['内'], ['外', '后']]);
  });

  it('closes the tables a page leaves open at its end', () => {
    expect(cells('<table><tr><td>甲</td><td>1')).toEqual([['甲', '1']]);
  });

  it('drops a metadata row of short cells, and keeps one that holds a long cell', () => {
    const long = '发布机构：'.padEnd(120, '镇');
    const source = readHtml(
      `<table><tr><td>发布日期：</td><td>2025-01-20</td></tr><tr><td>${long}</td></tr><tr><td>自然人</td><td>3</td></tr></table>`,
    );
    expect(source.lines.map((l) => l.cells)).toEqual([[long], ['自然人', '3']]);
    expect(source.droppedLines).toBe(1);
  });
});
