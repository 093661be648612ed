/** A static file server on 127.0.0.1 for the built app (and the bare "floor" page), stopped by the bench. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The measuring floor: one input and one text node updated on input, nothing else. */
export const FLOOR_PAGE = `<!doctype html><meta charset="utf-8"><title>floor</title>
<input id="cell" aria-label="cell"><output id="total">0</output><span id="identity">0</span>
<script>
const input = document.getElementById('cell');
const total = document.getElementById('total').firstChild;
const identity = document.getElementById('identity').firstChild;
input.addEventListener('input', () => { const n = Number(input.value) || 0; total.data = String(n); identity.data = String(n * 2); });
</script>`;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(root: string, port: number): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (path === '/__floor.html') {
        res.writeHead(200, { 'content-type': TYPES['.html'] ?? '' }).end(FLOOR_PAGE);
        return;
      }
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
