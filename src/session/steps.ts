/** The wizard's steps: 基本信息, the six official sections, then 检查与导出. */
import { SECTIONS, type SectionId } from '../report/definition/sections.ts';

export type StepId = 'basics' | SectionId | 'review';

export interface Step {
  id: StepId;
  /** Official heading for section steps; otherwise an i18n key under common:sections. */
  heading?: string;
}

export const STEPS: readonly Step[] = [{ id: 'basics' }, ...SECTIONS.map((s) => ({ id: s.id, heading: s.heading })), { id: 'review' }];
