/** A1 addresses and SUM formulas over them (consecutive cells of a row or column become a range). */

export function columnLetters(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `D8` → { row: 8, col: 4 }; null for anything else. */
export function parseAddress(text: string): { row: number; col: number } | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(text);
  if (!match) return null;
  const col = [...(match[1] ?? '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), col };
}

/**
 * `SUM(D8:D28)` for a run of adjacent cells, `SUM(A4:D4)` along a row, a list otherwise; `args` is
 * the argument list alone (for the COUNT that keeps a blank total blank).
 */
export function sumFormula(refs: readonly string[]): { text: string; args: string } {
  const cells = refs.map(parseAddress);
  const runs: string[][] = [];
  let run: string[] = [];
  let direction: 'row' | 'col' | null = null;
  cells.forEach((cell, i) => {
    const prev = cells[i - 1];
    const ref = refs[i] ?? '';
    const step =
      !cell || !prev
        ? null
        : cell.row === prev.row && cell.col === prev.col + 1
          ? 'row'
          : cell.col === prev.col && cell.row === prev.row + 1
            ? 'col'
            : null;
    if (run.length > 0 && (step === null || (direction !== null && step !== direction))) {
      runs.push(run);
      run = [];
      direction = null;
    } else if (run.length > 0) direction = step;
    run.push(ref);
  });
  if (run.length > 0) runs.push(run);
  const args = runs.map((r) => (r.length > 1 ? `${r[0]}:${r[r.length - 1]}` : (r[0] ?? ''))).join(',');
  return { text: `SUM(${args})`, args };
}
