/**
 * The export's font scheme is remembered per draft (issue 13): an optional report field in the
 * current draft version. Saved and reopened it is kept; a draft without it (every older one) opens
 * unchanged and prints in the official fonts; a value the app does not know is refused by name.
 */
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty.ts';
import { DEFAULT_FONT_SCHEME, FONT_SCHEME_IDS } from '../font-scheme.ts';
import type { Report } from '../schema.ts';
import { DRAFT_VERSION, serializeDraft } from './envelope.ts';
import { parseDraft } from './parse.ts';
import { salvageDraft } from './salvage.ts';
import { MIGRATIONS } from './migrate.ts';
import { startNextYear } from '../carry-forward.ts';

const NOW = new Date('2025-01-20T08:00:00Z');

describe('the font scheme in the draft', () => {
  it.each(FONT_SCHEME_IDS)('%s: save → reopen keeps it', (id) => {
    const report: Report = { ...emptyReport({ organ: '某某镇人民政府', year: 2024 }), fontScheme: id };
    const reopened = parseDraft(serializeDraft(report, NOW));
    expect(reopened.ok && reopened.draft.report).toEqual(report);
    expect(reopened.ok && reopened.draft.report.fontScheme).toBe(id);
  });

  it('is optional in the current version: a draft without it reopens without it (公文标准字体)', () => {
    const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
    const text = serializeDraft(report, NOW);
    expect(text).not.toContain('fontScheme');
    const reopened = parseDraft(text);
    expect(reopened.ok && reopened.draft.report).toEqual(report);
    expect((reopened.ok && reopened.draft.report.fontScheme) || DEFAULT_FONT_SCHEME).toBe('standard');
  });

  it('did not bump the draft version (no migration step for it)', () => {
    expect(DRAFT_VERSION).toBe(Object.keys(MIGRATIONS).length);
    expect(JSON.parse(serializeDraft(emptyReport({ year: 2024 }), NOW)).version).toBe(3);
  });

  it('carries over to next year’s draft (same PCs, same fonts missing)', () => {
    const last: Report = { ...emptyReport({ organ: '某某镇人民政府', year: 2024 }), fontScheme: 'system' };
    expect(startNextYear(last).fontScheme).toBe('system');
    expect('fontScheme' in startNextYear(emptyReport({ year: 2024 }))).toBe(false);
  });

  it('refuses an unknown scheme, naming the field; recovery keeps the rest of the draft', () => {
    const draft = JSON.parse(serializeDraft(emptyReport({ organ: '某某镇人民政府', year: 2024 }), NOW));
    draft.report.fontScheme = 'comic';
    const text = JSON.stringify(draft);
    expect(parseDraft(text)).toMatchObject({ ok: false, error: { code: 'invalid', path: 'report.fontScheme' } });
    const salvaged = salvageDraft(text);
    expect(salvaged?.report.organ.name).toBe('某某镇人民政府');
    expect(salvaged?.report.fontScheme).toBeUndefined();
    expect(salvaged?.dropped).toContain('fontScheme');
  });
});
