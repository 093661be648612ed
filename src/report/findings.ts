/**
 * The one finding vocabulary: what the rules find in a report (`ruleId`) and what an import notes
 * about its source (`code`). Ids are message keys (typed in src/i18n/finding-ids.ts), so a finding
 * cannot be written without a message, and one renderer turns either kind into text.
 *
 * Rendering stays here rather than at the edges: the CLI, the app and the tests all need the same
 * text, the domain already depends on i18n for its message keys (as draft errors do), and one
 * renderer is what keeps a parameter rendered the same everywhere.
 */
import type { i18n as I18n } from 'i18next';
import { translate } from '../i18n/translate.ts';
import type { ImportFindingId, ListItemKey, RuleFindingId } from '../i18n/finding-ids.ts';
import type { SectionId } from './definition/index.ts';
import { ellipsize } from './display-text.ts';

export type { ImportFindingId, ListItemKey, RuleFindingId } from '../i18n/finding-ids.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding points: a wizard step. */
export type FindingSection = SectionId | 'basics';

/** A list parameter holds message keys, so it reads in the UI language (e.g. the missing opening fields). */
export type FindingParam = string | number | readonly ListItemKey[];
export type FindingParams = Record<string, FindingParam>;

interface FindingFields {
  severity: Severity;
  /** Table cell ids (`t3.newReceived.natural`) or form field paths (`narrative.problems.problems`). */
  cells: string[];
  section?: FindingSection;
  params: FindingParams;
}

/** A rule's finding about the report. */
export interface Finding extends FindingFields {
  /** Also the i18n key of the message (namespace `rules`). */
  ruleId: RuleFindingId;
}

/** An import's note about the source it read. */
export interface ImportFinding extends FindingFields {
  /** Also the i18n key `import:findings.<code>`. */
  code: ImportFindingId;
  severity: 'warning' | 'info';
  section: FindingSection;
}

export type AnyFinding = Finding | ImportFinding;

export function isRuleFinding(finding: AnyFinding): finding is Finding {
  return 'ruleId' in finding;
}

/** The finding's id (a rule finding id or an import finding id), e.g. for list keys. */
export function findingId(finding: AnyFinding): RuleFindingId | ImportFindingId {
  return isRuleFinding(finding) ? finding.ruleId : finding.code;
}

/**
 * A text parameter (a quoted sentence) is cut to this many characters in the message. A sentence of
 * a real report is shorter; a 200 000-character run of counts quoted whole was laid out twice under
 * its field (the note and the step's list), a fifth of a second each time the step opened (issue 10).
 */
export const QUOTE_MAX = 200;

/** The finding's message in the i18n instance's language. */
export function renderFinding(finding: AnyFinding, i18n: I18n): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(finding.params)) {
    params[name] =
      typeof value === 'object'
        ? value.map((key) => translate(i18n, key)).join(i18n.t('common:listSeparator'))
        : typeof value === 'string'
          ? ellipsize(value, QUOTE_MAX)
          : value;
  }
  const key = isRuleFinding(finding) ? `rules:${finding.ruleId}` : `import:findings.${finding.code}`;
  // The key is typed by the finding's id (src/i18n/finding-ids.ts), so it exists in both locales.
  return translate(i18n, key, params);
}
