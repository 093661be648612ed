import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GROUP_PAUSE,
  attach,
  commonPrefixLength,
  emptyHistory,
  endsWord,
  record,
  recordBatch,
  redo,
  seal,
  undo,
  type History,
  type Move,
} from './history.ts';
import { getIn, setIn } from './paths.ts';

type State = Record<string, unknown>;
const apply = (state: State, move: Move): State => move.writes.reduce((s, w) => setIn(s, w.path, w.value), state);

/** A tiny session: writes to a plain object and records them as the app does. */
function typeInto(state: State, history: History, path: string, value: unknown, at: number) {
  const change = { path, before: getIn(state, path), after: value };
  return {
    state: setIn(state, path, value),
    history: record(history, change, { label: 'typing', group: path, at, boundary: endsWord(change.before, value) }),
  };
}

describe('history', () => {
  it('groups typing in one field until a pause, and undoes the group at once', () => {
    let s: State = { a: { text: '' } };
    let h = emptyHistory();
    for (const [i, text] of ['我', '我们', '我们单'].entries()) ({ state: s, history: h } = typeInto(s, h, 'a.text', text, i * 100));
    expect(h.past).toHaveLength(1);
    ({ state: s, history: h } = typeInto(s, h, 'a.text', '我们单位', 200 + GROUP_PAUSE));
    expect(h.past).toHaveLength(2);
    const back = undo(h)!;
    expect(apply(s, back)).toEqual({ a: { text: '我们单' } });
    const twice = undo(back.history)!;
    expect(apply(apply(s, back), twice)).toEqual({ a: { text: '' } });
  });

  it('ends a step after punctuation or a space, and when the field is left', () => {
    let s: State = { t: '' };
    let h = emptyHistory();
    for (const [i, text] of ['a', 'ab', 'ab ', 'ab c'].entries()) ({ state: s, history: h } = typeInto(s, h, 't', text, i));
    expect(h.past.map((p) => p.changes[0]?.after)).toEqual(['ab ', 'ab c']);
    h = seal(h);
    h = typeInto(s, h, 't', 'ab cd', 10).history;
    expect(h.past).toHaveLength(3);
    expect(endsWord('一二', '一二。')).toBe(true);
    expect(endsWord('一二。', '一二')).toBe(false);
    expect(endsWord('ab', 'a，b')).toBe(true);
  });

  it('keeps another field in its own step', () => {
    let s: State = {};
    let h = emptyHistory();
    ({ state: s, history: h } = typeInto(s, h, 'x', '1', 0));
    ({ state: s, history: h } = typeInto(s, h, 'y', '2', 1));
    expect(h.past).toHaveLength(2);
    expect(apply(s, undo(h)!)).toEqual({ x: '1' });
  });

  it('records a batch as one step and skips an empty one', () => {
    const h = recordBatch(
      emptyHistory(),
      'paste',
      [
        { path: 'r.0', before: null, after: 1 },
        { path: 'r.1', before: null, after: 2 },
        { path: 'r.0', before: 1, after: 3 },
      ],
      0,
    );
    expect(h.past).toHaveLength(1);
    expect(h.past[0]?.changes).toEqual([
      { path: 'r.0', before: null, after: 3 },
      { path: 'r.1', before: null, after: 2 },
    ]);
    expect(recordBatch(h, 'x', [], 1)).toBe(h);
    expect(undo(h)?.label).toBe('paste');
  });

  it('attach puts a change caused by the same action into the last step', () => {
    let h = record(emptyHistory(), { path: 'name', before: '', after: 'a' }, { label: 'typing', group: 'name', at: 0 });
    h = attach(h, { path: 'sign', before: '', after: 'a' });
    expect(h.past).toHaveLength(1);
    expect(apply({ name: 'a', sign: 'a' }, undo(h)!)).toEqual({ name: '', sign: '' });
    expect(attach(emptyHistory(), { path: 'x', before: 0, after: 1 }).past).toHaveLength(1);
  });

  it('a new change clears what could be redone', () => {
    let h = recordBatch(emptyHistory(), 'a', [{ path: 'p', before: 0, after: 1 }], 0);
    h = undo(h)!.history;
    expect(h.future).toHaveLength(1);
    h = record(h, { path: 'p', before: 0, after: 2 }, { label: 't', group: 'p', at: 5 });
    expect(h.future).toHaveLength(0);
    expect(redo(h)).toBeNull();
    expect(undo(emptyHistory())).toBeNull();
  });

  it('setIn copies along the path and leaves the original alone', () => {
    const a = { t: { rows: [{ x: 1 }, { x: 2 }] }, other: { k: 1 } };
    const b = setIn(a, 't.rows.1.x', 5);
    expect(a.t.rows[1]?.x).toBe(2);
    expect(getIn(b, 't.rows.1.x')).toBe(5);
    expect(Array.isArray(getIn(b, 't.rows'))).toBe(true);
    expect(b.other).toBe(a.other);
    expect(setIn(a, '', 7)).toBe(7);
  });
});

const PATHS = ['a', 'b.c', 'b.d', 't.0', 't.1'];
const action = fc.oneof(
  fc.record({
    kind: fc.constant('type' as const),
    path: fc.constantFrom(...PATHS),
    value: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
    wait: fc.integer({ min: 0, max: 2 * GROUP_PAUSE }),
  }),
  fc.record({
    kind: fc.constant('batch' as const),
    writes: fc.array(fc.tuple(fc.constantFrom(...PATHS), fc.integer()), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('whole' as const), value: fc.integer() }),
  fc.record({ kind: fc.constant('seal' as const) }),
);

type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

function play(actions: readonly Action[], limit: number) {
  let s: State = { a: '', b: { c: 0, d: 'x' }, t: [1, 2] };
  const initial = s;
  let h = emptyHistory(limit);
  let now = 0;
  for (const a of actions) {
    if (a.kind === 'type') ({ state: s, history: h } = typeInto(s, h, a.path, a.value, (now += a.wait)));
    else if (a.kind === 'batch') {
      const changes = a.writes.map(([path, value]) => {
        const change = { path, before: getIn(s, path), after: value };
        s = setIn(s, path, value);
        return change;
      });
      h = recordBatch(h, 'batch', changes, now);
    } else if (a.kind === 'whole') {
      const next = { a: String(a.value), b: { c: a.value, d: '' }, t: [] };
      h = recordBatch(h, 'replace', [{ path: '', before: s, after: next }], now);
      s = next;
    } else h = seal(h);
  }
  return { initial, state: s, history: h };
}

describe('history properties', () => {
  it('undoing every step gives back the start; redoing them all gives back the end', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const { initial, state, history } = play(actions, 1000);
        let s = state;
        let h = history;
        for (let m = undo(h); m; m = undo(h)) {
          h = m.history;
          s = apply(s, m);
        }
        expect(s).toEqual(initial);
        for (let m = redo(h); m; m = redo(h)) {
          h = m.history;
          s = apply(s, m);
        }
        expect(s).toEqual(state);
      }),
    );
  });

  it('undo then redo is the identity, on the report and on the history', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 30 }), (actions) => {
        const { state, history } = play(actions, 1000);
        const back = undo(history);
        if (!back) return;
        const forth = redo(back.history)!;
        expect(apply(apply(state, back), forth)).toEqual(state);
        expect(forth.history.past.length).toBe(history.past.length);
        expect(forth.history.future).toEqual(history.future);
      }),
    );
  });

  it('keeps at most the limit, the newest steps', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), (actions, limit) => {
        const capped = play(actions, limit).history;
        const full = play(actions, 1000).history;
        expect(capped.past.length).toBeLessThanOrEqual(limit);
        expect(capped.past.map((p) => p.changes)).toEqual(full.past.slice(-limit).map((p) => p.changes));
      }),
    );
  });

  it('one field typed without pause or word end is one step', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z一-龥]{1,3}$/), { minLength: 1, maxLength: 20 }), (chunks) => {
        let s: State = { t: '' };
        let h = emptyHistory();
        let text = '';
        for (const [i, chunk] of chunks.entries()) ({ state: s, history: h } = typeInto(s, h, 't', (text += chunk), i * 10));
        expect(h.past).toHaveLength(1);
        expect(apply(s, undo(h)!)).toEqual({ t: '' });
      }),
    );
  });
});

describe('commonPrefixLength', () => {
  /** The plain reading: code unit by code unit. */
  const naive = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    return i;
  };

  it('is the length of the shared start, wherever the texts part (within a block, at its edge, past many)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 5000 }), text, text, (unit, repeats, restA, restB) => {
        // A long shared start, so that the texts part anywhere from the first block to the fifth.
        const shared = unit.repeat(Math.ceil(repeats / Math.max(1, unit.length))).slice(0, repeats);
        const a = shared + restA;
        const b = shared + restB;
        expect(commonPrefixLength(a, b)).toBe(naive(a, b));
        expect(commonPrefixLength(b, a)).toBe(naive(a, b));
      }),
    );
  });

  it('finds a change one unit before, at and after a block edge, and in a text that ends on one', () => {
    const base = '政'.repeat(3 * 1024);
    for (const at of [0, 1023, 1024, 1025, 2048, 3 * 1024 - 1]) {
      const changed = `${base.slice(0, at)}x${base.slice(at + 1)}`;
      expect(commonPrefixLength(base, changed)).toBe(at);
    }
    expect(commonPrefixLength(base, `${base}。`)).toBe(base.length);
    expect(endsWord(base, `${base.slice(0, 1024)}。${base.slice(1024)}`)).toBe(true);
    expect(endsWord(base, `${base.slice(0, 1024)}公${base.slice(1024)}`)).toBe(false);
  });
});
