/**
 * The browser check (browser-check.js) goes into the page inline, in both builds, before the app's
 * module: a classic script runs where a module does not (IE mode), and inline it needs no second
 * file next to nianbao.html. Both Content-Security-Policies allow it by its SHA-256 hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export const BROWSER_CHECK = readFileSync(new URL('./browser-check.js', import.meta.url), 'utf8');

export const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export const BROWSER_CHECK_HASH = sha256Source(BROWSER_CHECK);

export function browserCheck(): Plugin {
  return {
    name: 'nianbao-browser-check',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'script', children: BROWSER_CHECK, injectTo: 'body' }],
  };
}
