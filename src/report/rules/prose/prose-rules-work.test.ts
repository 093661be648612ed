/**
 * The quick passes of the zero-in-words check (issue 18): they only save work, so the work is what
 * they are tested by — the rule re-runs on every edit, over every field of the report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDraft, type Report } from '../../index.ts';
import { proseFiguresRule } from './prose-rules.ts';
import { saysZero } from './key-figures.ts';
import { sentencesOf } from './numbers-in-text.ts';

vi.mock('./key-figures.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./key-figures.ts')>();
  return { ...actual, saysZero: vi.fn(actual.saysZero) };
});
vi.mock('./numbers-in-text.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./numbers-in-text.ts')>();
  return { ...actual, sentencesOf: vi.fn(actual.sentencesOf) };
});

const DRAFTS = new URL('../../fixtures/seeds/', import.meta.url);
/** Seed 002: 156 new requests, so 未收到…申请 contradicts it. */
function seed002(): Report {
  const file = readdirSync(DRAFTS).find((f) => f.startsWith('002')) ?? '';
  const parsed = parseDraft(readFileSync(new URL(file, DRAFTS), 'utf8'));
  if (!parsed.ok) throw new Error('seed');
  return parsed.draft.report;
}
const check = (text: string) => {
  const r = seed002();
  const only = { ...r, narrative: { ...r.narrative, overview: { ...r.narrative.overview, intro: text } } };
  // Every other field emptied: the calls counted are this text's.
  const empty = JSON.parse(
    JSON.stringify(only.narrative, (k, v: unknown) => (typeof v === 'string' && k !== 'intro' ? '' : v)),
  ) as Report['narrative'];
  vi.mocked(saysZero).mockClear();
  vi.mocked(sentencesOf).mockClear();
  return proseFiguresRule.check({ ...only, narrative: empty }, { today: '2025-03-01' });
};

describe('the zero check asks only where 未, 没 or 无 is written', () => {
  beforeEach(() => {
    vi.mocked(saysZero).mockClear();
  });

  it('a text without them is not split into sentences again, nor is any figure asked', () => {
    const findings = check('本年度新收政府信息公开申请156件，办结154件。全年主动公开政府信息86条。');
    expect(findings).toEqual([]);
    expect(sentencesOf).not.toHaveBeenCalled();
    expect(saysZero).not.toHaveBeenCalled();
  });

  it('in a text with one, only its clause is asked about, and a clause with a count is not', () => {
    const findings = check(
      '本年度新收政府信息公开申请156件，办结154件，均在法定期限内答复；无申请人撤回申请3件，本年度未收到政府信息公开申请。',
    );
    expect(findings.map((f) => [f.params.figure, f.params.said])).toEqual([['newReceived', 0]]);
    expect(sentencesOf).toHaveBeenCalledTimes(1);
    const asked = new Set(vi.mocked(saysZero).mock.calls.map(([, clause]) => clause));
    expect([...asked]).toEqual(['本年度未收到政府信息公开申请。']);
  });
});
