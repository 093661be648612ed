import { describe, expect, it } from 'vitest';
import { typesCharacter } from './native-cell-input.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'isComposing', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, altKey: false, metaKey: false, isComposing: false, ...mods }) as KeyboardEvent;

describe('typesCharacter: the keydowns of a cell that React never sees', () => {
  it('a digit, a letter, a separator or a space types a character', () => {
    for (const k of ['5', 'a', ',', '．', ' ']) expect(typesCharacter(key(k))).toBe(true);
  });
  it('the grid’s keys and the chords still reach React', () => {
    for (const k of ['ArrowUp', 'ArrowLeft', 'Enter', 'Escape', 'Tab', 'Backspace', 'Process']) expect(typesCharacter(key(k))).toBe(false);
    expect(typesCharacter(key('z', { ctrlKey: true }))).toBe(false);
    expect(typesCharacter(key('v', { metaKey: true }))).toBe(false);
    expect(typesCharacter(key('1', { altKey: true }))).toBe(false);
    expect(typesCharacter(key('1', { isComposing: true }))).toBe(false);
  });
});
