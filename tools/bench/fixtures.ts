/** The bench's drafts: seed 002 with every narrative part filled out, and a 1 MB draft. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../../src/report/fixtures/seeds/', import.meta.url));
export const SEED_FILES = ['000-mashan-2024', '001-zeku-2023', '002-huancui-2024', '003-jinshan-2024', '004-baishishan-2024'].map(
  (name) => `${SEEDS}${name}.draft.json`,
);

// Plain prose without digits, so the prose-against-tables rules find nothing new in the filler.
const FILLER =
  '本机关坚持以公开为常态、不公开为例外，持续加强政府信息公开工作，不断提升公开质量和实效，切实保障人民群众的知情权、参与权和监督权。';

type Json = Record<string, unknown>;

/** Pads every narrative text (not the short area headings) to `length` characters. */
function fillNarrative(node: Json, length: number): void {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string' && key !== 'heading') {
      let text = value ? `${value}\n` : '';
      while (text.length < length) text += FILLER;
      node[key] = text.slice(0, length);
    } else if (value && typeof value === 'object') fillNarrative(value as Json, length);
  }
}

export function seedDraftText(file: string): string {
  return readFileSync(file, 'utf8');
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** Marks every non-empty narrative text (headings too) with `tag`, in place. */
function tagNarrative(node: Json, tag: string): void {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string' && value) node[key] = `${value}（${tag}）`;
    else if (value && typeof value === 'object') tagNarrative(value as Json, tag);
  }
}

/**
 * Seed draft `n % 5`, with every narrative text made unique to `n` (a tag of heavenly stems, no
 * digits, so no prose rule reads it): a batch of these is as many different texts as drafts, and
 * nothing the rules keep by text (prose/reading.ts) can serve one draft from another's work.
 */
export function distinctSeedDraftText(n: number): string {
  const draft = JSON.parse(seedDraftText(SEED_FILES[n % SEED_FILES.length] ?? '')) as { report: { narrative: Json } };
  const tag = [...String(n)].map((d) => STEMS[Number(d)]).join('');
  tagNarrative(draft.report.narrative, tag);
  return JSON.stringify(draft, null, 2);
}

/** Seed 002 with each narrative part at `length` characters, as draft JSON. */
/** A seed draft with a 落款日期 (the published seeds print none), so it exports as the final copy. */
export function datedSeedText(file: string): string {
  const draft = JSON.parse(seedDraftText(file)) as { report: { signature: { date: string } } };
  draft.report.signature.date = '2025-03-20';
  return JSON.stringify(draft, null, 2);
}

export function filledSeed002(length: number): string {
  const draft = JSON.parse(seedDraftText(SEED_FILES[2] ?? '')) as { report: { narrative: Json; signature: { date: string } } };
  fillNarrative(draft.report.narrative, length);
  // The final copy needs a 落款日期 (the published seed prints none): without one, export is refused.
  draft.report.signature.date = '2025-03-20';
  return JSON.stringify(draft, null, 2);
}

/** A draft of about `bytes` UTF-8 bytes (long narrative parts: the realistic way a draft grows). */
export function draftOfSize(bytes: number): string {
  const base = Buffer.byteLength(filledSeed002(0));
  const parts = 13;
  // Every filler character is 3 bytes in UTF-8.
  let length = Math.floor((bytes - base) / parts / 3);
  let text = filledSeed002(length);
  while (Buffer.byteLength(text) < bytes) text = filledSeed002(++length + 50);
  return text;
}
