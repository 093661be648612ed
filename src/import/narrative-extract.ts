/**
 * The narrative of sections 一, 五 and 六, split by sub-heading where the source has them.
 * Reference: docs/format.md §2 (一's five areas, 五's problems/improvements, 六's usual parts).
 */
import { OVERVIEW_AREAS, emptyNarrative, type Narrative, type OverviewAreaId } from '../report/index.ts';
import { cloneData } from '../report/arrays.ts';

/** （一） / (1) / 1. / 1、 / 一、 at the start of a line; “一是” is prose, not a heading. */
const SUB_HEADING = /^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]、)\s*/;

interface Part {
  heading: string;
  /** The 。 or ： that ended an inline heading (`（四）…情况。根据…`), '' for a heading on its own line. */
  stop: string;
  text: string[];
}

/**
 * A part as the source printed it: an inline heading keeps the punctuation that ended it
 * (`3.其他方面：2024年…`, not `3.其他方面2024年…`), a heading on its own line keeps its line.
 */
function partText(part: Part): string {
  return part.stop ? `${part.heading}${part.stop}${part.text.join('\n')}` : [part.heading, ...part.text].join('\n');
}

/** Splits lines into an intro and parts; an inline heading ends at its first 。 or ： */
function splitParts(lines: readonly string[]): { intro: string[]; parts: Part[] } {
  const intro: string[] = [];
  const parts: Part[] = [];
  for (const line of lines) {
    const match = SUB_HEADING.exec(line);
    if (match) {
      const rest = line.slice(match[0].length);
      const stop = rest.search(/[。：:]/);
      const headingOnly = stop < 0 && rest.length <= 30;
      if (headingOnly || (stop >= 0 && stop <= 30)) {
        const heading = line.slice(0, match[0].length + (headingOnly ? rest.length : stop)).trim();
        const body = headingOnly ? '' : rest.slice(stop + 1).trim();
        parts.push({ heading, stop: headingOnly ? '' : rest.charAt(stop), text: body ? [body] : [] });
        continue;
      }
    }
    const current = parts[parts.length - 1];
    if (current) current.text.push(line);
    else intro.push(line);
  }
  return { intro, parts };
}

const AREA_WORDS: Readonly<Record<OverviewAreaId, RegExp>> = {
  onRequest: /依申请|申请公开/,
  proactive: /主动公开/,
  management: /管理/,
  platform: /平台|网站建设/,
  oversight: /监督|保障|考核|培训|评议/,
};

export function readOverview(lines: readonly string[], narrative: Narrative = emptyNarrative()): Narrative['overview'] {
  const { intro, parts } = splitParts(lines);
  const areas = cloneData(narrative.overview.areas);
  const taken = new Set<OverviewAreaId>();
  const leftovers: Part[] = [];
  // Each part goes to the area its heading names; parts naming none fill the areas left, in order.
  for (const part of parts) {
    const area = (Object.keys(AREA_WORDS) as OverviewAreaId[]).find((id) => !taken.has(id) && AREA_WORDS[id].test(part.heading));
    if (area) {
      taken.add(area);
      areas[area] = { heading: part.heading.replace(/[。：:]$/, ''), text: part.text.join('\n') };
    } else leftovers.push(part);
  }
  for (const part of leftovers) {
    const area = OVERVIEW_AREAS.map((a) => a.id).find((id) => !taken.has(id));
    if (!area) {
      intro.push(partText(part));
      continue;
    }
    taken.add(area);
    areas[area] = { heading: part.heading.replace(/[。：:]$/, ''), text: part.text.join('\n') };
  }
  return { intro: intro.join('\n'), areas };
}

/** 五: problems, then improvements from the line that starts them. */
export function readProblems(lines: readonly string[]): Narrative['problems'] {
  const start = lines.findIndex(
    (l, i) => i > 0 && /^(?:[（(]二[)）]|二、|2[.．、])?\s*(?:改进|下步|下一步|对此|整改|今后|下一年|[0-9]{4}年.{0,6}(?:将|计划))/.test(l),
  );
  const problems = start < 0 ? lines : lines.slice(0, start);
  const improvements = start < 0 ? [] : lines.slice(start);
  return {
    problems: stripPartHeading(problems, /存在|问题/).join('\n'),
    improvements: stripPartHeading(improvements, /改进|措施|打算/).join('\n'),
  };
}

/** Drops a heading-only first line (（一）存在问题) and an inline one (（一）存在问题。…). */
function stripPartHeading(lines: readonly string[], words: RegExp): string[] {
  const [first, ...rest] = lines;
  if (first === undefined) return [];
  const inline = /^(?:[（(][一二][)）]|[一二]、)([^。：:]{0,12})[。：:]?(.*)$/.exec(first);
  if (inline && words.test(inline[1] ?? '')) return (inline[2] ?? '').trim() ? [(inline[2] ?? '').trim(), ...rest] : rest;
  return [first, ...rest];
}

/** 六: parts by subject (fees, proposals, key points), anything else under “other”. */
export function readOther(lines: readonly string[]): Narrative['other'] {
  const other = emptyNarrative().other;
  const { intro, parts } = splitParts(lines);
  const rest: string[] = [...intro];
  for (const part of parts) {
    const text = partText(part).trim();
    const whole = part.text.join('\n');
    if (/收费|信息处理费/.test(part.heading) && !other.fees.text) {
      other.fees.text = whole || text;
      if (/未收取|没有收取|未有收取|未产生|不收取|无收费|未发生收费/.test(text)) other.fees.charged = false;
    } else if (/人大|政协|建议|提案/.test(part.heading) && !other.proposals) other.proposals = whole || text;
    else if (/要点/.test(part.heading) && !other.keyPoints) other.keyPoints = whole || text;
    else rest.push(text);
  }
  if (!other.fees.text) {
    const fees = rest.findIndex((l) => /信息处理费/.test(l));
    if (fees >= 0) {
      other.fees.text = rest.splice(fees, 1)[0] ?? '';
      if (/未收取|没有收取|未有收取|不收取/.test(other.fees.text)) other.fees.charged = false;
    }
  }
  other.other = rest.join('\n');
  return other;
}
