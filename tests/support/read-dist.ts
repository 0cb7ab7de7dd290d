import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from '../../src/utils/list-files';

/**
 * The built site. The dist checks run after `npm run build` (Astro, then Pagefind); DIST_DIR
 * points them at another build, as it does scripts/serve-dist.ts (the benchmark's).
 */
export const distDir = resolve(process.env['DIST_DIR'] ?? resolve(import.meta.dirname, '../../dist'));

/** Lists every file under dist/ with the given extension, as paths relative to dist/. */
export function listDistFiles(extension: string): string[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first.');
  return listFiles(distDir, extension);
}

/** The built HTML pages, excluding Pagefind's own assets. */
export function listPages(): string[] {
  return listDistFiles('.html').filter((file) => !file.startsWith('pagefind/'));
}

/** Reads a file from dist/. */
export function readDist(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

/** Turns a dist path into the URL path it is served at: about/index.html → /about/. */
export function toUrlPath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The URL paths the sitemap lists, on our own origin. */
export function readSitemapPaths(): string[] {
  const xml = readDist('sitemap-0.xml');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}
