import { describe, expect, it } from 'vitest';
import { emptyReport } from './empty.ts';
import { narrativeAt } from './narrative-paths.ts';

describe('narrativeAt', () => {
  const narrative = () => {
    const report = emptyReport({ organ: '某某镇人民政府', year: 2024 });
    report.narrative.overview.intro = '2024年，本镇坚持以公开为常态。';
    return report.narrative;
  };

  it('reads a field by its form path, with or without the leading narrative.', () => {
    expect(narrativeAt(narrative(), 'narrative.overview.intro')).toBe('2024年，本镇坚持以公开为常态。');
    expect(narrativeAt(narrative(), 'overview.intro')).toBe('2024年，本镇坚持以公开为常态。');
  });

  it('takes only a leading narrative. as the root: one further in names a field that is not there', () => {
    // Skipping it anywhere would read overview.intro for a path the form never has.
    expect(narrativeAt(narrative(), 'overview.narrative.intro')).toBeNull();
  });
});
