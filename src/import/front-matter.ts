/**
 * Title, organ, year, the opening block's fields and the signature of an imported report.
 * Reference: docs/format.md §2 (title <organ><year>年政府信息公开工作年度报告; opening paragraph:
 * site, URL, office, address, postcode, phone; organ and date after section 六).
 */
import { type Opening } from '../report/index.ts';
import { normalizeNumberText } from '../report/index.ts';
import { findLastIndex } from '../report/arrays.ts';

export interface FrontMatter {
  organ: string;
  year: number | null;
  /** The year was not in the title but read from the text (statistics period). */
  yearFromText: boolean;
  titleHasYear: boolean;
  /** Lines of the opening paragraph (after the title, before 一、). */
  opening: string[];
}

const TITLE_END = /(?:年度)?政府信息公开工作年度报告$|政府信息公开工作年度报告$/;
/** A title that names its organ and year, anywhere in a line of its own. */
const YEAR_TITLE = /^[^>＞»|｜]{2,40}\d{4}年(?:度)?政府信息公开工作年度报告$/;
/** How far down a web page's furniture the title is looked for. */
const TITLE_SEARCH_LINES = 60;

/** The title may be split over two lines (seed 003); the opening follows it. */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const text = lines.map((l) => l.trim()).filter(Boolean);
  let titleEnd = -1;
  let title = '';
  for (let i = 0; i < Math.min(text.length, 4); i++) {
    const joined = text.slice(0, i + 1).join('');
    if (TITLE_END.test(joined.replace(/\s+/g, '')) && joined.length < 80) {
      titleEnd = i;
      title = joined.replace(/\s+/g, '');
      break;
    }
  }
  // A whole web page (saved, or copied with Ctrl+A) puts its navigation, breadcrumb and metadata
  // before the title: a title with its year further down is the title, and what precedes it is not
  // the report's.
  if (titleEnd < 0) {
    const later = text.slice(0, TITLE_SEARCH_LINES).findIndex((l) => YEAR_TITLE.test(l.replace(/\s+/g, '')) && l.length < 80);
    if (later > 0) {
      titleEnd = later;
      title = (text[later] ?? '').replace(/\s+/g, '');
    }
  }
  const opening = text.slice(titleEnd + 1);
  const match = /^(.*?)(\d{4})年(?:度)?政府信息公开工作年度报告$/.exec(title);
  const organFromTitle = match ? (match[1] ?? '') : title.replace(TITLE_END, '');
  let year = match ? Number(match[2]) : null;
  let yearFromText = false;
  if (year === null) {
    const period =
      /(\d{4})\s*年\s*1\s*月\s*1\s*日/.exec(opening.join('')) ?? /(\d{4})年(?:度)?政府信息公开工作年度报告/.exec(opening.join(''));
    if (period) {
      year = Number(period[1]);
      yearFromText = true;
    }
  }
  return { organ: organFromTitle, year, yearFromText, titleHasYear: !!match, opening };
}

const clean = (s: string | undefined) => (s ?? '').trim().replace(/[。，,；;]+$/, '');

/**
 * A phone read up to the bracket that closes the paragraph's own “（地址…；电话：…）”: that last
 * bracket goes, one the phone opened itself (“（0631）8781088”) stays.
 */
function withoutUnopenedClose(phone: string): string {
  const count = (re: RegExp) => phone.match(re)?.length ?? 0;
  const unopened = count(/[）)]/g) > count(/[（(]/g);
  return (unopened ? phone.replace(/[）)]$/, '') : phone).trim();
}

export function readOpeningFields(paragraph: string): Opening {
  const text = paragraph.replace(/\s+/g, ' ');
  const url = /(https?:\/\/[^\s（）()，,；;。“”"]+)/.exec(text)?.[1] ?? '';
  const site = /(?:可从|可在|通过|登录|在)([^，。、（(；;：:]{2,30}?(?:网站|门户网|网))/.exec(text)?.[1] ?? '';
  const office = /请(?:与|联系)([^（(，,。；;]{2,40}?)(?:联系|[（(，,；;])/.exec(text)?.[1] ?? '';
  const address = /地址\s*[：:]\s*([^，,；;）)。]+)/.exec(text)?.[1] ?? '';
  const phone = /(?:联系电话|电话|咨询电话)\s*[：:]\s*([0-9０-９\-－—（）() ]{7,20})/.exec(text)?.[1] ?? '';
  const postcode = /(?:邮编|邮政编码)\s*[：:]\s*([0-9０-９]{6})/.exec(text)?.[1] ?? '';
  return {
    siteName: clean(site),
    siteUrl: clean(url),
    contactOffice: clean(office),
    address: clean(address),
    postcode: normalizeNumberText(postcode),
    phone: withoutUnopenedClose(clean(phone)),
  };
}

/** The organ's full name: the title's, or the contact office's when the title is shortened. */
export function organName(fromTitle: string, opening: Opening): string {
  const office = opening.contactOffice;
  if (fromTitle && /(?:政府|局|委员会|办公室|中心|街道办事处|院|署|厅|委|办)$/.test(fromTitle)) return fromTitle;
  if (office && fromTitle && office.includes(fromTitle)) return office.replace(/(?:党政办公室|党政办|办公室)$/, '');
  return fromTitle || office;
}

/** After section 六: the organ's name and the date (2025年1月20日), as an ISO date. */
export function readSignature(lines: readonly string[]): { organ: string; date: string; consumed: number } {
  const text = lines.map((l) => l.trim());
  for (let i = text.length - 1; i >= Math.max(0, text.length - 5); i--) {
    const m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(normalizeNumberText(text[i] ?? ''));
    if (!m) continue;
    const date = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
    const before = findLastIndex(text.slice(0, i), (l) => l !== '');
    const organLine = before >= 0 ? (text[before] ?? '') : '';
    const organ =
      organLine.length <= 40 && !/[。；;，,]$/.test(organLine) && !/^[（(]?[一二三四五六七八九十\d]+[)）、.]/.test(organLine)
        ? organLine
        : '';
    return { organ, date, consumed: text.length - (organ ? before : i) };
  }
  return { organ: '', date: '', consumed: 0 };
}
