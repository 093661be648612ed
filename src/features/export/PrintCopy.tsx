/**
 * The report as the print path prints it: the preview once more, placed directly in <body> beside
 * the app, hidden on screen and the only thing printed (print-sheet.ts). A copy outside the app's
 * layout breaks over pages cleanly, which the preview inside the wizard's columns would not.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { ReportModel } from '../../render/model.ts';
import { PrintPreview } from './PrintPreview.tsx';
import { installPrintSheet } from './print-sheet.ts';

export function PrintCopy({ model, label }: { model: ReportModel; label: string }) {
  useEffect(() => installPrintSheet(), []);
  return createPortal(
    <div className="print-copy">
      <PrintPreview model={model} label={label} />
    </div>,
    document.body,
  );
}
