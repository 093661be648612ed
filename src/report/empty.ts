/** A new, blank report for one organ and year. */
import { OVERVIEW_AREAS, type OrganKind } from './definition/index.ts';
import { emptyTables } from './tables.ts';
import type { Narrative, Report } from './schema.ts';

export function emptyNarrative(): Narrative {
  const areas = Object.fromEntries(OVERVIEW_AREAS.map((a) => [a.id, { heading: a.heading, text: '' }]));
  return {
    overview: { intro: '', areas: areas as Narrative['overview']['areas'] },
    problems: { problems: '', improvements: '' },
    other: {
      fees: { charged: null, amountYuan: null, count: null, text: '' },
      proposals: '',
      keyPoints: '',
      other: '',
    },
  };
}

export function emptyReport(options: { organ?: string; year: number; kind?: OrganKind }): Report {
  const organ = options.organ ?? '';
  return {
    organ: { name: organ, kind: options.kind ?? 'township' },
    year: options.year,
    opening: { siteName: '', siteUrl: '', contactOffice: '', address: '', postcode: '', phone: '' },
    preamble: { title: null, opening: null },
    narrative: emptyNarrative(),
    tables: emptyTables(),
    signature: { organ, date: '' },
  };
}
