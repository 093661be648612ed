/**
 * The report as HTML, from the same printed model as the .docx (one description, two renderers),
 * so a user can proof-read without Word. Imports no `docx`: it stays in the main chunk cheaply.
 */
import { memo, type CSSProperties } from 'react';
import { TEXT_WIDTH } from '../../render/layout.ts';
import { cssFontStack, type FontRole, type FontScheme } from '../../render/fonts.ts';

import { DRAFT_MARK, type Block, type ModelRow, type ModelTable, type ReportModel } from '../../render/model.ts';
import { estimatedHeight, runs } from './preview-runs.ts';

function PreviewRow({ row }: { row: ModelRow }) {
  return (
    <tr>
      {row.cells.map((cell, c) => {
        const span = { colSpan: cell.colSpan > 1 ? cell.colSpan : undefined, rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined };
        return cell.role === 'value' ? (
          <td key={c} {...span} className="pv-value" style={cell.size ? { fontSize: `${cell.size / 2}pt` } : undefined}>
            {cell.text}
          </td>
        ) : (
          <th
            key={c}
            {...span}
            scope={cell.role === 'rowHeader' ? 'row' : undefined}
            className={`pv-${cell.role}`}
            style={cell.align === 'left' ? { textAlign: 'left' } : undefined}
          >
            {cell.lines
              ? cell.lines.map((line, i) => (
                  <span key={i} className="pv-line">
                    {line}
                  </span>
                ))
              : cell.text}
          </th>
        );
      })}
    </tr>
  );
}

function PreviewTable({ table }: { table: ModelTable }) {
  const head = table.rows.filter((row) => row.header);
  const body = table.rows.filter((row) => !row.header);
  return (
    <table className={`pv-table pv-${table.table}${table.keepTogether ? ' pv-keep' : ''}`} style={{ fontSize: `${table.size / 2}pt` }}>
      {/* The .docx's column widths, as shares of the text width. */}
      <colgroup>
        {table.widths.map((w, i) => (
          <col key={i} style={{ width: `${((w / TEXT_WIDTH) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      {/* Header rows in <thead>: the print path repeats them at the top of each page. */}
      {head.length > 0 && (
        <thead>
          {head.map((row, r) => (
            <PreviewRow key={r} row={row} />
          ))}
        </thead>
      )}
      <tbody>
        {body.map((row, r) => (
          <PreviewRow key={r} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'title':
      return (
        <p className="pv-title">
          {block.lines.map((line, i) => (
            <span key={i} className="pv-title-line">
              {line}
            </span>
          ))}
        </p>
      );
    case 'paragraph':
      return <p className="pv-body">{block.text}</p>;
    case 'heading':
      return <p className="pv-heading">{block.text}</p>;
    case 'subheading':
      return <p className={block.kai ? 'pv-subheading pv-kai' : 'pv-subheading'}>{block.text}</p>;
    case 'table':
      return <PreviewTable table={block} />;
    case 'signature':
      return (
        <div className="pv-signature">
          {/* The .docx's left indents (GB/T 9704-2012 7.3.5.2), as shares of the text width. */}
          {block.lines.map((line, i) => (
            <p key={line} style={{ paddingLeft: `${(((block.indents[i] ?? 0) / TEXT_WIDTH) * 100).toFixed(2)}%` }}>
              {line}
            </p>
          ))}
        </div>
      );
  }
}

const ROLES: readonly FontRole[] = ['title', 'body', 'heading', 'subheading', 'table'];

/** The scheme's local font stacks as custom properties (`--pv-font-body`…) that export.css reads. */
function fontVariables(fonts: FontScheme): CSSProperties {
  return Object.fromEntries(ROLES.map((role) => [`--pv-font-${role}`, cssFontStack(fonts, role)])) as CSSProperties;
}

function BodyRun({ texts }: { texts: readonly string[] }) {
  return (
    <div className="pv-run" style={{ containIntrinsicSize: estimatedHeight(texts) }}>
      {texts.map((text, i) => (
        <p key={i} className="pv-body">
          {text}
        </p>
      ))}
    </div>
  );
}

export const PrintPreview = memo(function PrintPreview({
  model,
  draft = model.draft,
  fonts = model.fonts,
  label,
}: {
  model: ReportModel;
  draft?: boolean;
  fonts?: FontScheme;
  label: string;
}) {
  return (
    <article className="print-preview" aria-label={label} style={fontVariables(fonts)}>
      {draft && <p className="pv-draft">{DRAFT_MARK}</p>}
      {runs(model.blocks).map((piece) =>
        piece.run ? <BodyRun key={piece.index} texts={piece.texts} /> : <PreviewBlock key={piece.index} block={piece.block} />,
      )}
    </article>
  );
});
