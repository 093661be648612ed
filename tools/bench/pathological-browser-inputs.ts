/**
 * The inputs of issue 10's pathological shapes as the browser receives them: drafts (JSON files for
 * 打开草稿), pastes for the 导入 dialog (clipboard formats) and .docx files. Sizes follow the issue:
 * a 200 000-character narrative section (the field's limit, less room for the typed key), a 1 MB
 * HTML paste, a 4 MB draft. The Node side (pathological-shapes.ts) times the same shapes at n and 2n.
 */
import JSZip from 'jszip';
import { seedDraftText, SEED_FILES } from './fixtures.ts';

export const SEED002 = SEED_FILES[2] ?? '';
/** What the intro holds: the limit is 200 000 characters and the bench types one more. */
export const PROSE_LENGTH = 199_000;
export const HTML_BYTES = 1024 * 1024;
export const TEXT_LENGTH = 500_000;
export const DRAFT_BYTES = 4 * 1024 * 1024;
/** Each narrative text stays under the field's limit (200 000), as a valid draft must. */
const FIELD_LIMIT = 199_000;

export const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

type Json = Record<string, unknown>;
interface Draft {
  report: { organ: { name: string }; narrative: Json & { overview: { intro: string } }; signature: { date: string } };
}

const seed = () => JSON.parse(seedDraftText(SEED002)) as Draft;
export const SEED_ORGAN = seed().report.organ.name;

/** Seed 002 (dated, so it exports as the final copy) with section 一's introduction replaced by `text`. */
export function introDraft(text: string): string {
  const draft = seed();
  draft.report.narrative.overview.intro = text;
  draft.report.signature.date = '2025-03-20';
  return JSON.stringify(draft);
}

/** The narrative texts (not the short area headings) of a draft, as setters. */
function narrativeTexts(node: Json, out: ((text: string) => void)[] = []): ((text: string) => void)[] {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string' && key !== 'heading') out.push((text) => (node[key] = text));
    else if (value && typeof value === 'object') out.push(...narrativeTexts(value as Json, []));
  }
  return out;
}

/**
 * Seed 002 with `unit` repeated over the narrative texts, each up to the field's limit, until the
 * draft is about `bytes` of UTF-8 (a valid draft: every text fits its field).
 */
export function bigDraft(unit: string, bytes: number): string {
  const draft = seed();
  draft.report.signature.date = '2025-03-20';
  const setters = narrativeTexts(draft.report.narrative);
  const base = Buffer.byteLength(JSON.stringify(draft));
  const unitBytes = Buffer.byteLength(JSON.stringify(unit)) - 2;
  let units = Math.floor((bytes - base) / unitBytes);
  for (const set of setters) {
    const take = Math.min(units, Math.floor(FIELD_LIMIT / unit.length));
    set(unit.repeat(take));
    units -= take;
  }
  return JSON.stringify(draft);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
export const nested = (open: string, close: string, inner: string, depth: number) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

/** The section-三 shape of pathological-shapes.ts: a report whose table part is many short lines. */
export const tableTokens = (n: number) =>
  `2024年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n${repeat('甲乙\n', n)}四、政府信息公开行政复议、行政诉讼情况\n${repeat('1\n', n)}`;
