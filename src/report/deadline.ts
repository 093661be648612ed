/**
 * The publication deadline of a report (条例 第四十九条): county-level-and-above departments by
 * 31 January, governments by 31 March of the next year; a township's is set by a local notice.
 * The user may set it in 基本信息 (`signature.deadline`); absent or empty means "the default for
 * the organ kind", so changing the kind or the year moves it, and a township without one has none.
 * `today` is always passed in: the domain never reads the clock.
 */
import { PUBLICATION_DEADLINE, type OrganKind } from './definition/index.ts';
import type { Report } from './schema.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The statutory deadline for the kind and report year (YYYY-MM-DD), or null where none is set by law. */
export function defaultDeadline(kind: OrganKind, year: number): string | null {
  const d = PUBLICATION_DEADLINE[kind];
  return d ? `${year + 1}-${pad(d.month)}-${pad(d.day)}` : null;
}

export interface Deadline {
  date: string;
  /** `set`: typed in 基本信息; `default`: the statutory one for the organ kind. */
  source: 'set' | 'default';
}

/** The deadline the report is held to: the one set in 基本信息, else the default for its kind. */
export function effectiveDeadline(report: Pick<Report, 'organ' | 'year' | 'signature'>): Deadline | null {
  const set = report.signature.deadline;
  if (set) return { date: set, source: 'set' };
  const date = defaultDeadline(report.organ.kind, report.year);
  return date ? { date, source: 'default' } : null;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** Whole days from `today` to `deadline` (both YYYY-MM-DD): 0 on the day, negative once past it. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round(dayNumber(deadline) - dayNumber(today));
}
