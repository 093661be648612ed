/**
 * The title and the standard opening paragraph of the report (docs/format.md §2: legal basis, contents,
 * statistics period, where the electronic version is published, contact), generated from the
 * report's fields when the user has not written their own.
 */
import { SECTIONS, reportTitle } from './definition/index.ts';
import type { Report } from './schema.ts';

/** The printed title: the user's own, else `<organ><year>年政府信息公开工作年度报告`. */
export function titleOf(report: Report): string {
  const own = report.preamble.title?.trim();
  return own ? own : reportTitle(report.organ.name, report.year);
}

/** `2025-01-20` → `2025年1月20日` (Arabic numerals, no leading zeros); '' stays ''. */
export function chineseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** Section names without their numbers, for the opening's list of contents. */
function contentsList(): string {
  return SECTIONS.map((s) => s.heading.replace(/^[一二三四五六七八九十]+、/, '')).join('、');
}

export function generateOpening(report: Report): string {
  const { siteName, siteUrl, contactOffice, address, postcode, phone } = report.opening;
  const organ = report.organ.name.trim();
  const year = report.year;
  const sentences = [
    `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，结合${organ}政府信息公开工作实际，编制本报告。`,
    `本报告内容包括：${contentsList()}。`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
  ];
  const site = [siteName.trim() && `“${siteName.trim()}”`, siteUrl.trim() && `（网址：${siteUrl.trim()}）`].join('');
  if (site) sentences.push(`本报告电子版可在${site}查阅或下载。`);
  const contact = [
    address.trim() && `地址：${address.trim()}`,
    postcode.trim() && `邮编：${postcode.trim()}`,
    phone.trim() && `电话：${phone.trim()}`,
  ].filter(Boolean);
  const office = contactOffice.trim() || organ;
  if (contactOffice.trim() || contact.length > 0) {
    sentences.push(`如对本报告有疑问，请与${office}联系${contact.length > 0 ? `（${contact.join('；')}）` : ''}。`);
  }
  return sentences.join('');
}

/**
 * The standard sentence of section 六 on 信息处理费 (条例 第四十二条; in 元, not 万元), from the
 * structured answer; '' while unanswered.
 */
export function feesSentence(fees: Report['narrative']['other']['fees'], year: number): string {
  if (fees.charged === false) return `${year}年度未收取信息处理费。`;
  if (fees.charged !== true) return '';
  const count = fees.count !== null ? `，涉及政府信息公开申请${fees.count}件` : '';
  return `${year}年度共收取信息处理费${fees.amountYuan ?? '（金额）'}元${count}。`;
}

/** The printed opening paragraph: the user's own text when set, else the generated one. */
export function openingOf(report: Report): string {
  const own = report.preamble.opening;
  return own !== null && own.trim() ? own : generateOpening(report);
}
