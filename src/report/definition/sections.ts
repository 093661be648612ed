/**
 * Reference: 国办公开办函〔2021〕30号 — the six sections of the report, in order, with their
 * fixed headings; 条例 第五十条 for what each holds. Narrative sub-parts carry the conventional
 * sub-headings compliant reports print (一's five areas, 五's problems/improvements, 六's parts).
 */
import type { TableId } from './types.ts';

export type SectionId = 'overview' | 'proactive' | 'applications' | 'litigation' | 'problems' | 'other';

export interface SectionDef {
  readonly id: SectionId;
  readonly number: string;
  /** The official heading, printed whatever the user typed. */
  readonly heading: string;
  readonly table?: TableId;
}

export const SECTIONS = [
  { id: 'overview', number: '一', heading: '一、总体情况' },
  { id: 'proactive', number: '二', heading: '二、主动公开政府信息情况', table: 't2' },
  { id: 'applications', number: '三', heading: '三、收到和处理政府信息公开申请情况', table: 't3' },
  { id: 'litigation', number: '四', heading: '四、政府信息公开行政复议、行政诉讼情况', table: 't4' },
  { id: 'problems', number: '五', heading: '五、存在的主要问题及改进情况' },
  { id: 'other', number: '六', heading: '六、其他需要报告的事项' },
] as const satisfies readonly SectionDef[];

/** 一、总体情况: the five areas (docs/format.md §2); headings are editable defaults. */
export const OVERVIEW_AREAS = [
  { id: 'proactive', heading: '（一）主动公开' },
  { id: 'onRequest', heading: '（二）依申请公开' },
  { id: 'management', heading: '（三）政府信息管理' },
  { id: 'platform', heading: '（四）政府信息公开平台建设' },
  { id: 'oversight', heading: '（五）监督保障' },
] as const;

/** 五、存在的主要问题及改进情况. */
export const PROBLEM_PARTS = [
  { id: 'problems', heading: '（一）存在问题' },
  { id: 'improvements', heading: '（二）改进情况' },
] as const;

/** 六、其他需要报告的事项 (信息处理费: 条例 第四十二条, 国办函〔2020〕109号). */
export const OTHER_PARTS = [
  { id: 'fees', heading: '（一）收取信息处理费情况' },
  { id: 'proposals', heading: '（二）人大代表建议和政协提案办理情况' },
  { id: 'keyPoints', heading: '（三）年度政务公开工作要点落实情况' },
  { id: 'other', heading: '（四）其他需要报告的事项' },
] as const;

export type OverviewAreaId = (typeof OVERVIEW_AREAS)[number]['id'];
export type ProblemPartId = (typeof PROBLEM_PARTS)[number]['id'];
export type OtherPartId = (typeof OTHER_PARTS)[number]['id'];

/** Title of the report: <organ><year>年政府信息公开工作年度报告. */
export const TITLE_SUFFIX = '年政府信息公开工作年度报告';
export function reportTitle(organ: string, year: number): string {
  return `${organ.trim()}${year}${TITLE_SUFFIX}`;
}
