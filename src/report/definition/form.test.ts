import { describe, expect, it } from 'vitest';
import { makeDraft } from '../draft/envelope.ts';
import { emptyReport } from '../empty.ts';
import { CURRENT_FORM, FORMS, FORM_IDS, GOV_2021 } from './form.ts';
import { SECTIONS, TABLES } from './index.ts';

describe('the form as a versioned object', () => {
  it('names the 2021 notice and holds its sections and three tables', () => {
    expect(GOV_2021.id).toBe('gov-2021');
    expect(GOV_2021.reference).toBe('国办公开办函〔2021〕30号');
    expect(GOV_2021.sections).toBe(SECTIONS);
    expect(GOV_2021.tables.map((t) => t.number)).toEqual(['二', '三', '四']);
    expect(TABLES).toBe(GOV_2021.tables);
  });

  it('has unique form ids, the current form last, and new drafts name it', () => {
    expect(new Set(FORM_IDS).size).toBe(FORMS.length);
    expect(FORMS.at(-1)).toBe(CURRENT_FORM);
    expect(makeDraft(emptyReport({ year: 2024 })).form).toBe(CURRENT_FORM.id);
  });
});
