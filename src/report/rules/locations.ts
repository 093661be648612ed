/** Finding locations: which wizard step a cell id or field path belongs to, and its form path. */
import { SECTIONS } from '../definition/index.ts';
import { parseCellId } from '../cells.ts';
import type { FindingSection } from './types.ts';

const NARRATIVE_SECTIONS: Record<string, FindingSection> = {
  overview: 'overview',
  problems: 'problems',
  other: 'other',
};

export function sectionOfLocation(location: string): FindingSection {
  const cell = parseCellId(location);
  if (cell) return SECTIONS.find((s) => 'table' in s && s.table === cell.table)?.id ?? 'basics';
  const [head, part] = location.split('.');
  if (head === 'narrative' && part) return NARRATIVE_SECTIONS[part] ?? 'basics';
  return 'basics';
}

/** The react-hook-form path of a location (table cells live under `tables.`). */
export function fieldPathOfLocation(location: string): string {
  return parseCellId(location) ? `tables.${location}` : location;
}

export const SECTION_ORDER: readonly FindingSection[] = ['basics', ...SECTIONS.map((s) => s.id)];
