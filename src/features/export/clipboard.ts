/**
 * The report onto the clipboard as text/html and text/plain together, so a website editor pastes
 * the formatted copy and a plain-text box the words. The asynchronous Clipboard API with a
 * ClipboardItem where the browser offers it; otherwise (older kernels, a page not allowed to write
 * the clipboard) the classic route: a copy command on a hidden, selected contenteditable, whose copy
 * event sets both types itself.
 */

export interface RichCopy {
  html: string;
  text: string;
}

function supportsClipboardItem(): boolean {
  return typeof ClipboardItem === 'function' && typeof navigator.clipboard?.write === 'function';
}

async function writeAsync(copy: RichCopy): Promise<void> {
  const item = new ClipboardItem({
    'text/html': new Blob([copy.html], { type: 'text/html' }),
    'text/plain': new Blob([copy.text], { type: 'text/plain' }),
  });
  await navigator.clipboard.write([item]);
}

/** The copy command, with the event's data set by hand: works from a click in every Chromium. */
export function copyWithCommand(copy: RichCopy, doc: Document = document): boolean {
  const holder = doc.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  // Off screen rather than display:none: a hidden element cannot hold a selection.
  holder.style.position = 'fixed';
  holder.style.left = '-10000px';
  holder.style.top = '0';
  holder.textContent = copy.text;
  doc.body.append(holder);
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', copy.html);
    event.clipboardData?.setData('text/plain', copy.text);
    event.preventDefault();
  };
  const selection = doc.getSelection();
  const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)) : [];
  doc.addEventListener('copy', onCopy);
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    // execCommand is deprecated but is the only copy route where the Clipboard API is refused.
    return doc.execCommand('copy');
  } finally {
    doc.removeEventListener('copy', onCopy);
    holder.remove();
    // The user's own selection (a word they had selected) is given back.
    selection?.removeAllRanges();
    for (const r of ranges) selection?.addRange(r);
  }
}

/** Puts `copy` on the clipboard; resolves false when the browser refused every route. */
export async function copyRich(copy: RichCopy): Promise<boolean> {
  if (supportsClipboardItem()) {
    try {
      await writeAsync(copy);
      return true;
    } catch {
      // Permission refused or the document not focused: the copy command may still work.
    }
  }
  return copyWithCommand(copy);
}
