/**
 * The findings of one snapshot of the report, keyed so components subscribe to small, stable
 * slices: where a slice reads the same as in the previous run, the previous array is kept, so the
 * cells (e.g. every blank cell) and sections subscribed to it do not re-render.
 */
import { runRules } from '../report/rules/engine.ts';
import type { Finding } from '../report/findings.ts';
import type { Report } from '../report/schema.ts';
import { untouchedSteps } from './step-progress.ts';

export interface Analysis {
  report: Report;
  findings: Finding[];
  /**
   * Findings by the cell id or field path they mark. Both maps leave out the findings of steps
   * with nothing filled in yet: a blank step is 未开始, not a page of red (the review lists all).
   */
  byLocation: Map<string, Finding[]>;
  /** Findings by the section (step) they belong to. */
  bySection: Map<string, Finding[]>;
  /**
   * The rules have not run on `report` yet (`findings` is empty): a large stored draft's first run
   * is in the rules worker. What acts on the findings waits for them (the review step).
   */
  pending?: true;
}

const findingKey = (f: Finding) => `${f.severity}|${f.ruleId}|${JSON.stringify(f.params)}|${f.cells.join(',')}|${f.section ?? ''}`;

/**
 * `found` with every finding that reads as one of `previous` replaced by that previous object. The
 * rules build new objects on every run; keeping the old ones lets what is cached per finding (its
 * translated text) and every comparison below work by identity, so a keystroke that changes one
 * finding does not re-translate and re-compare the hundred that did not change.
 */
export function keepIdentity(found: readonly Finding[], previous: readonly Finding[]): Finding[] {
  if (previous.length === 0) return [...found];
  const before = new Map<string, Finding>();
  for (const f of previous) before.set(findingKey(f), f);
  return found.map((f) => before.get(findingKey(f)) ?? f);
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]) => a.length === b.length && a.every((f, i) => f === b[i]);

function group(findings: readonly Finding[], keys: (f: Finding) => readonly string[], previous: Map<string, Finding[]> | undefined) {
  const groups = new Map<string, Finding[]>();
  for (const f of findings)
    for (const k of keys(f)) {
      const list = groups.get(k);
      if (list) list.push(f);
      else groups.set(k, [f]);
    }
  if (previous)
    for (const [k, list] of groups) {
      const before = previous.get(k);
      if (before && sameFindings(before, list)) groups.set(k, before);
    }
  return groups;
}

/** The analysis of `report` from findings computed for it (here or in the rules worker). */
export function withFindings(report: Report, found: Finding[], previous?: Analysis): Analysis {
  const kept = previous ? keepIdentity(found, previous.findings) : found;
  const findings = previous && sameFindings(previous.findings, kept) ? previous.findings : kept;
  const untouched = untouchedSteps(report);
  const shown = untouched.size === 0 ? findings : findings.filter((f) => !f.section || !untouched.has(f.section));
  return {
    report,
    findings,
    byLocation: group(shown, (f) => f.cells, previous?.byLocation),
    bySection: group(shown, (f) => (f.section ? [f.section] : []), previous?.bySection),
  };
}

/** `report` shown before its findings are known (see Analysis.pending). */
export function pendingAnalysis(report: Report): Analysis {
  return { ...withFindings(report, []), pending: true };
}

/** Runs the rules on this thread. */
export function analyse(report: Report, previous?: Analysis): Analysis {
  return withFindings(report, runRules(report), previous);
}
