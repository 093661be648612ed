/** Spreadsheet habits: arrows and Enter move between input cells of the printed grid. */
export type Move = 'up' | 'down' | 'left' | 'right';

export function moveOf(key: string, shift: boolean, input: HTMLInputElement): Move | null {
  const start = input.selectionStart ?? 0;
  const end = input.selectionEnd ?? 0;
  const all = start === 0 && end === input.value.length;
  switch (key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'Enter':
      return shift ? 'up' : 'down';
    // Left/right edit the text until the caret reaches its edge (or all of it is selected).
    case 'ArrowLeft':
      return all || (start === 0 && end === 0) ? 'left' : null;
    case 'ArrowRight':
      return all || start === input.value.length ? 'right' : null;
    default:
      return null;
  }
}

/** The next input position from (row, col), skipping computed cells; null at the edge. */
export function nextPosition(
  inputs: ReadonlySet<string>,
  widths: readonly number[],
  row: number,
  col: number,
  move: Move,
): [number, number] | null {
  const dr = move === 'up' ? -1 : move === 'down' ? 1 : 0;
  const dc = move === 'left' ? -1 : move === 'right' ? 1 : 0;
  let r = row + dr;
  let c = col + dc;
  while (r >= 0 && r < widths.length && c >= 0) {
    const width = widths[r] ?? 0;
    const cc = dr !== 0 ? Math.min(c, width - 1) : c;
    if (cc >= width) return null;
    if (inputs.has(`${r},${cc}`)) return [r, cc];
    r += dr;
    c += dc;
  }
  return null;
}
