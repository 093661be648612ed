/**
 * The offline form of the app: one self-contained HTML file (dist-single/nianbao.html) that works
 * when double-clicked from a USB stick, with no server. Built by a second Vite build in mode
 * `single` with no code splitting (the docx code comes along inline); this plugin then moves the
 * script and the stylesheet into the page and gives it a Content-Security-Policy that allows
 * exactly those two inline blocks by their SHA-256 hashes, rather than 'unsafe-inline'.
 */
import type { Plugin } from 'vite';
import { BROWSER_CHECK_HASH, sha256Source as sha256 } from './browser-check.ts';

export const SINGLE_FILE_NAME = 'nianbao.html';

export function singleFilePolicy(scriptHash: string, styleHash: string): string {
  return [
    "default-src 'none'",
    // The app's module and the browser check (browser-check.ts).
    `script-src ${scriptHash} ${BROWSER_CHECK_HASH}`,
    `style-src ${styleHash}`,
    'img-src data: blob:',
    "connect-src 'none'",
    // The rules worker, carried inline and started from a blob: URL (src/session/rules-worker.single.ts).
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Script text that is safe between <script> tags: "</script" would end the element and "<!--"
 * would switch the HTML parser into its script-escape states. Both only occur inside string or
 * regular-expression literals in minified code, where the escaped form means the same.
 */
export function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function singleFile(): Plugin {
  return {
    name: 'nianbao-single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') throw new Error('single file: no index.html in the bundle');
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      const styles = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
      if (chunks.length !== 1) throw new Error(`single file: expected one script, got ${chunks.map((c) => c.fileName).join(', ')}`);
      const [chunk] = chunks;
      if (!chunk || chunk.type !== 'chunk') throw new Error('single file: no script');
      // With every dynamic import inlined, Vite 8 leaves its preload placeholder unresolved; with no
      // dependencies to preload, the helper just runs the import.
      const script = scriptSafe(chunk.code.replace(/__VITE_PRELOAD__/g, 'void 0'));
      const style = styles.map((s) => (s.type === 'asset' ? String(s.source) : '')).join('\n');
      let page = String(html.source)
        .replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>\s*/, '')
        .replace(/<link rel="stylesheet"[^>]*>\s*/g, '')
        // Functions as replacements: the code may contain "$&" and the like.
        .replace('</head>', () => `<style>${style}</style>\n</head>`)
        .replace('</body>', () => `<script type="module">${script}</script>\n</body>`);
      const policy = singleFilePolicy(sha256(script), sha256(style));
      // After the charset, which must come first.
      page = page.replace(
        /(<meta charset="[^"]*"\s*\/?>)/i,
        (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
      if (!page.includes('Content-Security-Policy')) throw new Error('single file: no <meta charset> to put the policy after');
      for (const file of [...chunks, ...styles, html]) delete bundle[file.fileName];
      this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: page });
    },
  };
}
