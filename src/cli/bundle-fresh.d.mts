/** Types of bundle-fresh.mjs (plain JS, run before tsx is loaded). */
export function bundleIsFresh(bundle: string, sourceDir: string): boolean;
