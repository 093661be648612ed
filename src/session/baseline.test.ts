import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDraft } from '../report/fixtures/seeds.ts';
import type { Report } from '../report/schema.ts';
import { fileBaseline, reportSignature } from './autosave.ts';
import { createBaseline } from './baseline.ts';

const report = seedDraft('003').report;
/** The same values in new objects, as the form's copy of a draft holds them. */
const copy = (r: Report) => JSON.parse(JSON.stringify(r)) as Report;
const renamed = (r: Report, name: string): Report => ({ ...r, organ: { ...r.organ, name } });

let stored: Map<string, string>;
beforeEach(() => {
  stored = new Map();
  const storage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'localStorage');
});

describe('the file baseline', () => {
  it('is the first report of a new session: the same values are no change, another value is', () => {
    const baseline = createBaseline(null, report);
    expect(baseline.differs(copy(report))).toBe(false);
    expect(baseline.differs(renamed(report, '别的镇'))).toBe(true);
  });

  it('compares with the JSON kept from an earlier visit', () => {
    const baseline = createBaseline(reportSignature(report), null);
    expect(baseline.differs(copy(report))).toBe(false);
    expect(baseline.differs(renamed(report, '别的镇'))).toBe(true);
  });

  it('with none (a draft kept only in this browser), the work was never saved to a file', () => {
    expect(createBaseline(null, null).differs(report)).toBe(true);
  });

  it('a draft put in place is the baseline; its JSON is stored at settle, once, and only for a file', () => {
    const baseline = createBaseline(reportSignature(report), null);
    const opened = renamed(report, '打开的镇');
    baseline.set(opened, true);
    expect(baseline.differs(copy(opened))).toBe(false);
    expect(baseline.differs(report)).toBe(true);
    expect(fileBaseline()).toBeNull();
    baseline.settle();
    expect(fileBaseline()).toBe(reportSignature(opened));
    stored.clear();
    baseline.settle();
    expect(fileBaseline()).toBeNull();
    baseline.set(report, false);
    baseline.settle();
    expect(fileBaseline()).toBeNull();
    expect(baseline.differs(copy(report))).toBe(false);
  });

  it('a report set without storing drops a pending store (saved to a file meanwhile)', () => {
    const baseline = createBaseline(null, report);
    baseline.set(renamed(report, '打开的镇'), true);
    baseline.set(report, false);
    baseline.settle();
    expect(fileBaseline()).toBeNull();
  });
});
