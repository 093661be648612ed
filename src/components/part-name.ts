/**
 * The printed name of the narrative part a path belongs to ("（二）依申请公开"), from the form's
 * definition, so a finding listed away from its text area ("此段与2024年报告相同…") says which part.
 */
import { OTHER_PARTS, OVERVIEW_AREAS, PROBLEM_PARTS, SECTIONS } from '../report/definition/sections.ts';

/** `intro`: the name of 一's opening text (not a printed heading, so it is translated). */
export function narrativePartName(path: string, intro: string): string | null {
  const [root, section, part] = path.split('.');
  if (root !== 'narrative' || !section || !part) return null;
  if (section === 'overview') {
    if (part === 'intro') return `${SECTIONS.find((s) => s.id === 'overview')?.heading ?? ''}${intro}`;
    const area = path.split('.')[3];
    return OVERVIEW_AREAS.find((a) => a.id === area)?.heading ?? null;
  }
  if (section === 'problems') return PROBLEM_PARTS.find((p) => p.id === part)?.heading ?? null;
  if (section === 'other') return OTHER_PARTS.find((p) => p.id === part)?.heading ?? null;
  return null;
}
