/**
 * The build target from the supported-browser list (package.json "browserslist"), so the floor is
 * written once: `chrome >= 86` becomes Vite's `chrome86`. Only `NAME >= VERSION` entries are
 * meaningful for a floor; anything else is refused rather than silently ignored.
 */
export function buildTargets(queries: readonly string[]): string[] {
  return queries.map((query) => {
    const match = /^\s*(chrome|edge|firefox|safari)\s*>=\s*(\d+)\s*$/i.exec(query);
    if (!match) throw new Error(`browserslist entry "${query}": expected "NAME >= VERSION"`);
    return `${match[1]?.toLowerCase()}${match[2]}`;
  });
}
