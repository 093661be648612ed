/**
 * Text into HTML. The model's text is already cleaned (render/sanitize.ts: no controls, no bidi
 * overrides, no zero-width debris); here the five characters that HTML gives meaning are escaped,
 * in text and in attribute values alike, so a user's “<script>” stays words on the page.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
