/**
 * The browser the tests and the bench drive. Playwright cannot download its own here, so Debian's
 * chromium is used when installed (CHROMIUM_PATH overrides), with the flags a sandboxed, offline
 * CI machine needs.
 */
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export const chromiumPath = (): string | undefined =>
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
