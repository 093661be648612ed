/**
 * A printed table as an HTML `<table>`: the model's cells with their `rowspan`/`colspan` (the merges
 * of table 三 survive a paste only as attributes), header rows in `<thead>` (repeated on every
 * printed page), labels as `<th scope>`, numbers as `<td>`. Column widths are the .docx's, as shares
 * of the text width.
 */
import { TEXT_WIDTH } from '../render/layout.ts';
import type { ModelCell, ModelRow, ModelTable } from '../render/model.ts';
import { escapeHtml } from './escape.ts';
import { STYLE } from './styles.ts';
import { halfPt } from './print-css.ts';

export interface TableOptions {
  /**
   * `border`, `cellpadding` and `cellspacing` attributes: editors that drop inline styles keep
   * these, so the pasted table keeps its rules. The standalone page leaves out the two HTML5 calls
   * obsolete (its stylesheet draws the same), and stays valid.
   */
  legacyAttributes: boolean;
}

const percent = (twips: number) => `${((twips / TEXT_WIDTH) * 100).toFixed(2)}%`;

/** What a header cell heads: the column(s) under it, or the row(s) beside it. */
function scope(cell: ModelCell): string {
  if (cell.role === 'rowHeader' || cell.role === 'group') return 'row';
  return cell.colSpan > 1 ? 'colgroup' : 'col';
}

function spans(cell: ModelCell): string {
  return (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') + (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '');
}

function cellHtml(table: ModelTable, cell: ModelCell): string {
  const size = cell.size && cell.size !== table.size ? `;font-size:${((cell.size / table.size) * 100).toFixed(0)}%` : '';
  const style = `${STYLE.cell};text-align:${cell.align}${size}`;
  // A column header broken between words (render/fit.ts) keeps its breaks: “商业/企业”, never “商业企/业”.
  const text = (cell.lines ?? [cell.text]).map(escapeHtml).join('<br>');
  if (cell.role === 'value') return `<td${spans(cell)} style="${style}">${text}</td>`;
  return `<th${spans(cell)} scope="${scope(cell)}" style="${style}">${text}</th>`;
}

function rowsHtml(table: ModelTable, rows: readonly ModelRow[]): string {
  return rows.map((row) => `<tr>${row.cells.map((cell) => cellHtml(table, cell)).join('')}</tr>`).join('\n');
}

export function tableHtml(table: ModelTable, options: TableOptions): string {
  const attributes = options.legacyAttributes ? ' border="1" cellpadding="4" cellspacing="0"' : ' border="1"';
  const head = table.rows.filter((r) => r.header);
  const body = table.rows.filter((r) => !r.header);
  const cols = table.widths.map((w) => `<col style="width:${percent(w)}">`).join('');
  return [
    `<table${attributes} style="${STYLE.table};font-size:${halfPt(table.size)}">`,
    `<colgroup>${cols}</colgroup>`,
    head.length > 0 ? `<thead>\n${rowsHtml(table, head)}\n</thead>` : '',
    `<tbody>\n${rowsHtml(table, body)}\n</tbody>`,
    '</table>',
  ]
    .filter(Boolean)
    .join('\n');
}
