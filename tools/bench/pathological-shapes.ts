/**
 * Pathological inputs (issue 10 §2–3) and how each reaches the code the app and the CLI run:
 * rules through runRules, imports through importReport, export through reportDocxBytes. Each
 * shape builds an input of about `n` characters (or elements, for .docx nesting).
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { reportDocxBytes } from '../../src/export-docx/pack.ts';
import { importReport } from '../../src/import/import-report.ts';
import { parseDraft, runRules, type Report } from '../../src/report/index.ts';

export interface Shape {
  id: string;
  /** What the input looks like, for the table. */
  what: string;
  /** The entry point it goes through. */
  via: 'runRules' | 'importReport' | 'reportDocxBytes';
  /** Builds the input for size n and returns the work to time. */
  prepare: (n: number) => Promise<() => Promise<unknown>>;
}

const SEED = fileURLToPath(new URL('../../src/report/fixtures/seeds/002-huancui-2024.draft.json', import.meta.url));

function seedReport(): Report {
  const parsed = parseDraft(readFileSync(SEED, 'utf8'));
  if (!parsed.ok) throw new Error('seed 002 does not parse');
  return parsed.draft.report;
}

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

/** Seed 002 with section 一's introduction replaced by `text`. */
function withIntro(text: string): Report {
  const report = seedReport();
  report.narrative.overview.intro = text;
  return report;
}

/** Seed 002 with `text` spread over every narrative text (as a 4 MB draft would be). */
function withNarrative(text: string): Report {
  const report = seedReport();
  const n = report.narrative;
  const fields = [
    (t: string) => (n.overview.intro = t),
    (t: string) => (n.problems.problems = t),
    (t: string) => (n.problems.improvements = t),
    (t: string) => (n.other.other = t),
  ];
  const size = Math.ceil(text.length / fields.length);
  fields.forEach((set, i) => set(text.slice(i * size, (i + 1) * size)));
  return report;
}

const rules = (id: string, what: string, make: (n: number) => string): Shape => ({
  id,
  what,
  via: 'runRules',
  prepare: async (n) => {
    const report = withIntro(make(n));
    return async () => runRules(report, { today: '2025-03-01' });
  },
});

const text = (id: string, what: string, make: (n: number) => string): Shape => ({
  id,
  what,
  via: 'importReport',
  prepare: async (n) => {
    const input = make(n);
    return () => importReport({ kind: 'text', text: input });
  },
});

const html = (id: string, what: string, make: (n: number) => string): Shape => ({
  id,
  what,
  via: 'importReport',
  prepare: async (n) => {
    const input = make(n);
    return () => importReport({ kind: 'html', html: input });
  },
});

const exported = (id: string, what: string, make: (n: number) => Report): Shape => ({
  id,
  what,
  via: 'reportDocxBytes',
  prepare: async (n) => {
    const report = make(n);
    return () => reportDocxBytes(report, { draftCopy: true });
  },
});

/** A .docx whose document.xml is `xml`. */
async function docx(xml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const nested = (open: string, close: string, inner: string, depth: number) =>
  `<w:document ${W}><w:body>${open.repeat(depth)}${inner}${close.repeat(depth)}</w:body></w:document>`;

const docxShape = (id: string, what: string, make: (n: number) => Promise<Uint8Array>): Shape => ({
  id,
  what,
  via: 'importReport',
  prepare: async (n) => {
    const bytes = await make(n);
    return () => importReport({ kind: 'docx', bytes });
  },
});

/**
 * A zip bomb: word/document.xml of `size` zero bytes, made without holding them: 1 MB of zeros
 * deflated with a sync flush is repeated (its back-references only ever see zeros), then a final
 * empty block. `declared`: the size written in the headers (a lying bomb says less).
 */
function zipBomb(size: number, declared = size): Uint8Array {
  const MB = 1024 * 1024;
  const chunk = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = Buffer.concat([...Array.from({ length: Math.ceil(size / MB) }, () => chunk), deflateRawSync(Buffer.alloc(0))]);
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

export const SHAPES: readonly Shape[] = [
  rules('numerals', 'run of Chinese numerals 一一一…', (n) => repeat('一', n)),
  rules('commaGroups', 'comma groups 1,1,1,…', (n) => repeat('1,', n)),
  rules('thousands', 'thousands groups 1,111,111,…', (n) => `1${repeat(',111', n)}`),
  rules('manyCounts', 'one sentence of counts 申请1件申请1件…', (n) => repeat('申请1件', n)),
  rules('manyNamedCounts', 'one sentence of counts 行政强制1件… (the last key figure)', (n) => repeat('行政强制1件', n)),
  rules('zeroLookahead', '未行政复议… then 纠正 (the (?!.*…) lookahead)', (n) => `${repeat('未收到行政复议', n)}纠正`),
  html('htmlComment', 'unclosed <!-- repeated', (n) => repeat('<!--', n)),
  html('htmlAnchor', 'unclosed <a repeated', (n) => repeat('<a', n)),
  html('htmlCdata', 'unclosed <![ and <? repeated', (n) => repeat('<![<?', n)),
  text('pipeSeparator', 'Markdown row | + spaces + x|', (n) => `|a|\n|b|\n|c|\n|${' '.repeat(n)}x|\n`),
  text('pipeRows', 'Markdown pipe rows | - | : |', (n) => `|a|\n|b|\n${repeat('| - | : | 1 |\n', n)}`),
  text('formFeeds', 'form feeds (pages) x\\f', (n) => repeat('页眉\f', n)),
  text('layoutGaps', 'layout text: a␣␣b on every line', (n) => `\f${repeat('一、  1\n', n)}`),
  text(
    'tableTokens',
    'section 三 of n/3 short lines (tokens searched for every row label)',
    (n) =>
      `2024年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n${repeat('甲乙\n', n)}四、政府信息公开行政复议、行政诉讼情况\n${repeat('1\n', n)}`,
  ),
  exported('ideographicSpaces', 'U+3000 run inside a paragraph', (n) => withIntro(`甲${'\u3000'.repeat(n)}乙`)),
  exported('manyLines', 'lines of one character (4 MB draft: 800 000 lines)', (n) => withNarrative(repeat('字\n', n))),
  docxShape('docxNestedTables', '.docx: nested w:tbl (n/50 deep)', (n) =>
    docx(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>', Math.floor(n / 50))),
  ),
  docxShape('docxNestedSdt', '.docx: nested w:sdt (n/40 deep)', (n) =>
    docx(nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>', Math.floor(n / 40))),
  ),
  docxShape('docxNestedRuns', '.docx: nested elements in a paragraph (n/10 deep)', (n) => {
    const depth = Math.floor(n / 10);
    return docx(`<w:document ${W}><w:body><w:p>${'<w:r>'.repeat(depth)}<w:t>x</w:t>${'</w:r>'.repeat(depth)}</w:p></w:body></w:document>`);
  }),
  docxShape('docxFlatRuns', '.docx: one paragraph of n/25 runs (siblings, not nested)', (n) =>
    docx(`<w:document ${W}><w:body><w:p>${repeat('<w:r><w:t>字</w:t></w:r>', n)}</w:p></w:body></w:document>`),
  ),
  docxShape('docxBomb', '.docx zip bomb: document.xml of n × 1500 zero bytes (1.5 GB at 2n = 1 000 000)', async (n) => zipBomb(n * 1500)),
  docxShape('docxBombLying', 'the same bomb, its headers claiming 100 bytes', async (n) => zipBomb(n * 1500, 100)),
];

export function shapeById(id: string): Shape {
  const shape = SHAPES.find((s) => s.id === id);
  if (!shape) throw new Error(`no shape ${id}`);
  return shape;
}
