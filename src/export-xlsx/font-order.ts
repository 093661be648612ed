/**
 * exceljs 4.4 writes a font's children as color, family, scheme, sz, name — the order of its default
 * font's object — which Microsoft's Open XML validator refuses (the schema's order is b, i, strike,
 * condense, extend, outline, shadow, u, vertAlign, sz, color, name, family, charset, scheme). Excel
 * opens such a file anyway, but the office's checks may not: the children are put in order.
 */
const ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];

const rank = (element: string) => {
  const name = /^<(\w+)/.exec(element)?.[1] ?? '';
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
};

export function orderFontChildren(stylesXml: string): string {
  return stylesXml.replace(/<font>((?:<\w+(?:\s[^>]*)?\/>)*)<\/font>/g, (_, inner: string) => {
    const children = inner.match(/<\w+(?:\s[^>]*)?\/>/g) ?? [];
    const sorted = children
      .map((element, i) => ({ element, i }))
      .sort((a, b) => rank(a.element) - rank(b.element) || a.i - b.i)
      .map((c) => c.element);
    return `<font>${sorted.join('')}</font>`;
  });
}
