import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { singleFile } from './src/build/single-file.ts';
import { BROWSER_CHECK_HASH, browserCheck } from './src/build/browser-check.ts';
import { buildTargets } from './src/build/targets.ts';
import packageJson from './package.json' with { type: 'json' };

/**
 * No request may leave the page: the built app carries a Content-Security-Policy that allows only
 * its own static files. Added at build time only, because the dev server injects inline styles
 * and a websocket for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Its own files, and the inline browser check by hash (src/build/browser-check.ts).
  `script-src 'self' ${BROWSER_CHECK_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'nianbao-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Two builds: the normal static one (dist/; base './' keeps it deployable under any sub-path of an
 * intranet server) and, in mode `single` (`vite build --mode single`), one self-contained HTML file
 * for use from a USB stick (dist-single/nianbao.html; see src/build/single-file.ts).
 */
export default defineConfig(({ mode }) => ({
  base: './',
  // pdf.js's CMap files, imported as data (src/import/pdf/cmaps.ts).
  assetsInclude: ['**/*.bcmap'],
  plugins: mode === 'single' ? [react(), browserCheck(), singleFile()] : [react(), browserCheck(), contentSecurityPolicy()],
  // The published JSON Schema belongs to the server build only.
  publicDir: mode === 'single' ? false : 'public',
  // One file cannot load a worker file from file://: the single build carries the rules worker inline.
  resolve:
    mode === 'single'
      ? { alias: [{ find: /^\.\/(rules|batch|import|export|draft)-worker\.ts$/, replacement: './$1-worker.single.ts' }] }
      : {},
  // From file:// a module worker cannot load (its blob: script has an opaque origin): a classic one can.
  worker: { format: mode === 'single' ? ('iife' as const) : ('es' as const) },
  build: {
    // The supported browsers (package.json "browserslist", README): syntax is lowered to them.
    target: buildTargets(packageJson.browserslist),
    sourcemap: false,
    ...(mode === 'single' && {
      outDir: 'dist-single',
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
      // Nothing to preload in one file (and Vite's preload helper is left unresolved without chunks).
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: false } },
      // One file holds everything, docx included: no budget for chunk sizes here.
      chunkSizeWarningLimit: 5000,
    }),
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tools/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
}));
