/**
 * The whole report as HTML for a website editor's clipboard, and as plain text beside it: read from
 * the printed model (render/model.ts), the one the .docx and the print preview read, so no label is
 * typed here. Semantic elements only — `<h1>` title, `<h2>` section headings, `<h3>` sub-headings,
 * `<p>`, `<table>` — no scripts, classes or external resources.
 */
import { TEXT_WIDTH } from '../render/layout.ts';
import { DRAFT_MARK, type Block, type ModelTable, type ReportModel } from '../render/model.ts';
import { slots } from '../render/spans.ts';
import { escapeHtml } from './escape.ts';
import { SIGNATURE_GAP, STYLE } from './styles.ts';
import { tableHtml, type TableOptions } from './table.ts';

function blockHtml(block: Block, options: TableOptions): string {
  switch (block.kind) {
    case 'title':
      return `<h1 style="${STYLE.title}">${block.lines.map(escapeHtml).join('<br>')}</h1>`;
    case 'paragraph':
      return `<p style="${STYLE.paragraph}">${escapeHtml(block.text)}</p>`;
    case 'heading':
      return `<h2 style="${STYLE.heading}">${escapeHtml(block.text)}</h2>`;
    case 'subheading':
      return `<h3 style="${STYLE.subheading}">${escapeHtml(block.text)}</h3>`;
    case 'table':
      return tableHtml(block, options);
    case 'signature':
      // The .docx's left indents (GB/T 9704-2012 7.3.5.2), as shares of the text width.
      return block.lines
        .map((line, i) => {
          const indent = `padding-left:${(((block.indents[i] ?? 0) / TEXT_WIDTH) * 100).toFixed(2)}%`;
          const gap = i === 0 ? `;${SIGNATURE_GAP}` : '';
          // Editors that drop pasted styles (TinyMCE from Chromium) keep `align`: the signature stays right.
          const align = options.legacyAttributes ? ' align="right"' : '';
          return `<p${align} style="${STYLE.signature};${indent}${gap}">${escapeHtml(line)}</p>`;
        })
        .join('\n');
  }
}

/** The report's body HTML; `legacyAttributes` for the clipboard (see table.ts). */
export function reportFragment(model: ReportModel, options: TableOptions = { legacyAttributes: true }): string {
  const draft = model.draft ? [`<p style="${STYLE.draft}">${escapeHtml(DRAFT_MARK)}</p>`] : [];
  return [...draft, ...model.blocks.map((b) => blockHtml(b, options))].join('\n');
}

/** A table as lines of tab-separated cells; a merged cell's text in its first slot only. */
function tableText(table: ModelTable): string[] {
  return slots(table.rows, table.columns).map((line) => line.map((slot) => (slot.origin ? slot.cell.text : '')).join('\t'));
}

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return [block.lines.join(''), ''];
    case 'table':
      return tableText(block);
    case 'signature':
      return ['', ...block.lines];
    default:
      return [block.text];
  }
}

/** The plain-text flavour of the clipboard: for editors (and Notepad) that take no HTML. */
export function reportPlainText(model: ReportModel): string {
  const draft = model.draft ? [DRAFT_MARK] : [];
  return [...draft, ...model.blocks.flatMap(blockText)].join('\n') + '\n';
}
