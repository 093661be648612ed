/**
 * Sets an element's text in place (its one text node's data), for figures written outside React
 * on every keystroke: changing a text node's data is the cheapest change the page can show.
 */
export function writeText(element: Element | null, text: string): void {
  if (!element) return;
  const node = element.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) {
    if ((node as Text).data !== text) (node as Text).data = text;
  } else element.textContent = text;
}
