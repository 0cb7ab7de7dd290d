import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
/** What an Astro project needs besides its content; linked, not copied, to keep each root cheap. */
const LINKED = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Tool caches that each root must have to itself: parallel syncs otherwise race in Vite's dep optimizer. */
const PRIVATE_CACHES = new Set(['.vite', '.astro', '.cache']);

/**
 * Makes a throwaway Astro project root that shares our code but has its own copy of the real
 * content plus `overlay` files (paths relative to content/), so one malformed file can be
 * tested at a time without touching the real content/ or the real .astro cache.
 */
export function makeContentRoot(overlay: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'common-ground-content-'));
  for (const name of LINKED) symlinkSync(join(projectRoot, name), join(root, name));
  // node_modules is a real folder of links to each package, so caches written into it stay private.
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!PRIVATE_CACHES.has(name))
      symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  for (const [target, source] of Object.entries(overlay)) cpSync(source, join(root, 'content', target));
  return root;
}
