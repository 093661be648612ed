import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWidthToDigits, fittedBox, textShape } from './contained-text.ts';

/** Just what the functions touch: inline style, and a measured width (min-content when asked). */
function element(measure: (style: { width: string }) => { width: number; height: number } = () => ({ width: 0, height: 0 })) {
  const style = { minWidth: '', height: '', width: '' };
  return { style, getBoundingClientRect: () => measure(style) } as unknown as HTMLElement & { style: typeof style };
}

describe('fitWidthToDigits', () => {
  it('sets no width up to five digits (they fit any column), then one ch a digit', () => {
    const box = element();
    fitWidthToDigits(box, '12345');
    expect(box.style.minWidth).toBe('');
    fitWidthToDigits(box, '123456');
    expect(box.style.minWidth).toBe('6ch');
    fitWidthToDigits(box, '');
    expect(box.style.minWidth).toBe('');
  });
});

describe('textShape', () => {
  it('keeps everything but which digits: same length, same non-digits', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const shape = textShape(text);
        expect(shape).toHaveLength(text.length);
        expect(shape.replace(/0/g, '')).toBe(text.replace(/[0-9]/g, ''));
        expect(textShape(shape)).toBe(shape);
      }),
    );
    expect(textShape('✗ 自然人相差3（159≠156）')).toBe('✗ 自然人相差0（000≠000）');
  });
});

describe('fittedBox', () => {
  it('measures the min-content width at once the first time, later for a new shape, never for the same', () => {
    let minContent = 40;
    const measured: string[] = [];
    const inner = element((style) => {
      measured.push(style.width);
      return { width: style.width === 'min-content' ? minContent : 75, height: 32 };
    });
    const box = element();
    const later: (() => void)[] = [];
    const fit = fittedBox(box, inner, (run) => later.push(run));

    fit.changed('✓ 相符（000）');
    expect(box.style.minWidth).toBe('40px');
    expect(inner.style.width).toBe('');
    expect(measured).toEqual(['min-content']);

    fit.changed('✓ 相符（000）');
    expect(later).toHaveLength(0);

    minContent = 52;
    fit.changed('✓ 相符（0000）');
    fit.changed('✓ 相符（00000）');
    expect(box.style.minWidth).toBe('40px');
    // One measure pending however many shapes came before it ran.
    expect(later).toHaveLength(1);
    later[0]?.();
    expect(box.style.minWidth).toBe('52px');
    expect(inner.style.width).toBe('');
  });

  it('takes the height the resize observer reports', () => {
    const box = element();
    const fit = fittedBox(box, element(), () => undefined);
    fit.sized(48.5);
    expect(box.style.height).toBe('48.5px');
  });
});
