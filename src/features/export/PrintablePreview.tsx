/**
 * The print preview as the print path prints it (打印 / 另存为PDF). On mount, the elements from the
 * preview up to <html> are marked `data-print-path`; the print stylesheet (print-sheet.ts) hides
 * every other element along that path and flattens the path's own layout, so the browser prints the
 * preview alone, breaking over pages as a document does, not the wizard around it. One copy of the
 * report in the page: nothing duplicated for tests or assistive technology to find twice.
 */
import { useLayoutEffect, useRef } from 'react';
import type { ReportModel } from '../../render/model.ts';
import type { FontScheme } from '../../render/fonts.ts';
import { PrintPreview } from './PrintPreview.tsx';
import { PRINT_PATH, installPrintSheet } from './print-sheet.ts';

/**
 * `draft` and `fonts` are the current choice, not the (deferred) model's: printing right after
 * ticking 仍然导出草稿 must already carry the draft mark on every page.
 */
export function PrintablePreview({ model, draft, fonts, label }: { model: ReportModel; draft: boolean; fonts: FontScheme; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // Layout effects: a preview drawn on beforeprint (ExportPanel) is marked before the browser prints.
  useLayoutEffect(() => installPrintSheet(draft), [draft]);
  useLayoutEffect(() => {
    const marked: Element[] = [];
    for (let el: Element | null = ref.current; el; el = el.parentElement) {
      if (el.hasAttribute(PRINT_PATH)) continue;
      el.setAttribute(PRINT_PATH, '');
      marked.push(el);
    }
    return () => marked.forEach((el) => el.removeAttribute(PRINT_PATH));
  }, []);
  return (
    <div ref={ref} className="print-area">
      <PrintPreview model={model} draft={draft} fonts={fonts} label={label} />
    </div>
  );
}
