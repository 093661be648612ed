/**
 * The CLI bundled (dist-cli/nianbao.mjs and its chunks): Node starts it without compiling
 * TypeScript at every run (tsx takes about a second on this kind of PC; the bundle a few tens of
 * milliseconds). Built by `npm run build`; src/cli/nianbao.mjs uses it while it is newer than the
 * sources and falls back to tsx otherwise, so an edited checkout never runs stale code.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // pdf.js's CMap files, imported as data (src/import/pdf/cmaps.ts).
  assetsInclude: ['**/*.bcmap'],
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    // Chunks: a command loads only the libraries it uses (docx, exceljs, pdf.js come in by dynamic import).
    rolldownOptions: { output: { entryFileNames: 'nianbao.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
  },
  // Everything but Node's own modules goes into the bundle: the bin runs without node_modules.
  ssr: { noExternal: true, target: 'node' },
});
