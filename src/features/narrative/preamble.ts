/**
 * Generated report text (always Chinese: it is the document, not the UI). Reference: FORMAT.md §2 —
 * the opening paragraph names the legal basis, contents, statistics period, where the electronic
 * version is published and a contact; section 六 says whether 信息处理费 were charged.
 */
import { SECTIONS, reportTitle, type Report } from '../../report/index.ts';

export function generatedTitle(report: Report): string {
  return reportTitle(report.organ.name || '（机关名称）', report.year);
}

const blank = (text: string, placeholder: string) => text.trim() || placeholder;

export function generatedOpening(report: Report): string {
  const o = report.opening;
  const y = report.year;
  const contents = SECTIONS.map((s) => s.heading.replace(/^.、/, '')).join('、');
  return (
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制，` +
    `内容包括${contents}。本报告所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。` +
    `本报告电子版可在“${blank(o.siteName, '（网站名称）')}”（${blank(o.siteUrl, '（网址）')}）查阅或下载。` +
    `如对本报告有疑问，请与${blank(o.contactOffice, '（联系机构）')}联系（地址：${blank(o.address, '（地址）')}；` +
    `邮编：${blank(o.postcode, '（邮编）')}；电话：${blank(o.phone, '（电话）')}）。`
  );
}

export function feesSentence(fees: Report['narrative']['other']['fees']): string {
  if (fees.charged === false) return '本年度未收取信息处理费。';
  if (fees.charged === true) return `本年度共收取信息处理费${fees.amountYuan ?? '（金额）'}元，涉及${fees.count ?? '（件数）'}件政府信息公开申请。`;
  return '';
}
