/** Tests only: html-validate over the exported HTML, and the cells of its tables read back. */
import { HtmlValidate } from 'html-validate';

/**
 * The recommended rules, less one: inline styles are what website editors keep (they strip
 * `<style>` and classes), so the copy is styled inline on purpose.
 */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } });

export async function validatePage(page: string): Promise<string[]> {
  const report = await validator.validateString(page);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/**
 * The clipboard copy inside a minimal page. `cellpadding` and `cellspacing` (table.ts) and the
 * signature's `align` (fragment.ts) are obsolete in HTML5 but kept for editors that drop inline
 * styles: only those three are let through.
 */
export async function validateFragment(fragment: string): Promise<string[]> {
  const page = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<title>t</title>\n</head>\n<body>\n${fragment}\n</body>\n</html>\n`;
  return (await validatePage(page)).filter(
    (m) =>
      !/no-deprecated-attr: Attribute "(?:cellpadding" is deprecated on <table>|cellspacing" is deprecated on <table>|align" is deprecated on <p>)/.test(
        m,
      ),
  );
}

export interface ReadCell {
  text: string;
  colSpan: number;
  rowSpan: number;
  header: boolean;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The cells of the `index`-th table (0: table 二) in document order. */
export function tableCells(html: string, index: number): ReadCell[] {
  const table = [...html.matchAll(/<table[\s\S]*?<\/table>/g)][index]?.[0] ?? '';
  return [...table.matchAll(/<(t[hd])((?:\s[^>]*)?)>([\s\S]*?)<\/t[hd]>/g)].map((m) => ({
    text: unescape((m[3] ?? '').replace(/<br>/g, '\n')),
    colSpan: Number(/colspan="(\d+)"/.exec(m[2] ?? '')?.[1] ?? 1),
    rowSpan: Number(/rowspan="(\d+)"/.exec(m[2] ?? '')?.[1] ?? 1),
    header: m[1] === 'th',
  }));
}
