/**
 * A small static server for dist/, used by the browser tests. It behaves like the static hosts
 * we deploy to: it applies public/_headers (so the tests see the real Content-Security-Policy
 * header, not only the <meta> one), serves index.html for folders, redirects folder paths
 * without a trailing slash, and answers unknown paths with 404.html and status 404.
 * Usage: node scripts/serve-dist.ts [port]; DIST_DIR serves another build (the benchmark's).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseHeaderRules, type HeaderRule } from './lib/parse-header-rules.ts';

const root = `${resolve(process.env['DIST_DIR'] ?? new URL('../dist/', import.meta.url).pathname)}/`;
const port = Number(process.argv[2] ?? process.env['PORT'] ?? 4329);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** The _headers rules, if the build has the file. */
function readHeaderRules(): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeaderRules(readFileSync(file, 'utf8')) : [];
}

const rules = readHeaderRules();

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = normalize(decodeURIComponent(url.pathname));
  for (const rule of rules)
    if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
  let file = join(root, path);
  if (!file.startsWith(root.slice(0, -1))) file = join(root, '404.html');
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      response.writeHead(301, { Location: `${path}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  const found = existsSync(file) && statSync(file).isFile();
  const served = found ? file : join(root, '404.html');
  response.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream' });
  createReadStream(served).pipe(response);
}).listen(port, 'localhost', () => {
  console.log(`Serving dist/ on http://localhost:${port}/`);
});
