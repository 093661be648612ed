/** Tests only: narrative text of the kind pasted from PDFs and Word, plus deliberate abuse. */
import type { Report } from '../../report/index.ts';

export const XML_LOOKING = '</w:t></w:r></w:p><w:p><w:r><w:t>注入&amp;<![CDATA[x]]>';
export const EMOJI = '办理满意👍🏻率100%🇨🇳';

export function hostileReport(base: Report): Report {
  const long = '政务公开工作持续推进。'.repeat(10_000); // 100 000 characters
  const report = structuredClone(base);
  report.narrative.overview.intro = `第一段\f第二段\v第三段\u0000含NUL\uD800孤立代理\uDFFF结束。${EMOJI}\n${XML_LOOKING}`;
  report.narrative.problems.problems = long;
  report.narrative.other.other = `名称  中间    有空格\t\t制表\u0001\u001F\uFFFE。`;
  return report;
}
