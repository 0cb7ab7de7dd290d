/** Every internal link and #fragment in the built site resolves to a real page and element. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, listPages, readDist, toUrlPath } from '../support/read-dist';

/** The ids on each page, collected once. */
const idsByPath = new Map(
  listPages().map((file) => [toUrlPath(file), new Set([...readDist(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]),
);

/** True when a URL path is served by a file in dist/ (a page, feed or asset). */
function exists(path: string): boolean {
  const decoded = decodeURIComponent(path);
  if (decoded.endsWith('/')) return existsSync(join(distDir, decoded, 'index.html'));
  return existsSync(join(distDir, decoded));
}

describe.each(listPages())('%s', (file) => {
  const html = readDist(file);
  const here = toUrlPath(file);
  const hrefs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((match) => match[1] ?? '');
  const internal = hrefs.filter((href) => !/^(?:[a-z]+:|\/\/)/i.test(href));

  test('has links to check', () => {
    expect(internal.length).toBeGreaterThan(0);
  });

  test('every internal link resolves, fragment included', () => {
    const broken: string[] = [];
    for (const href of internal) {
      const url = new URL(href.replace(/&amp;/g, '&'), `https://site.test${here}`);
      if (!exists(url.pathname)) {
        broken.push(`${href} (no file for ${url.pathname})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByPath.get(url.pathname)?.has(fragment)) broken.push(`${href} (no element #${fragment})`);
    }
    expect(broken).toEqual([]);
  });

  test('internal links end in a slash, as the site is served', () => {
    const pages = internal.filter((href) => href.startsWith('/') && !/\.[a-z0-9]+(?:[?#]|$)/i.test(href));
    expect(pages.filter((href) => !/\/(?:[?#].*)?$/.test(href))).toEqual([]);
  });
});

test('every external link on every page is https and well formed', () => {
  const bad: string[] = [];
  for (const file of listPages()) {
    for (const match of readDist(file).matchAll(/<a\s[^>]*href="(https?:[^"]*)"/g)) {
      const href = (match[1] ?? '').replace(/&amp;/g, '&');
      let ok = href.startsWith('https://');
      try {
        ok &&= new URL(href).hostname.includes('.');
      } catch {
        ok = false;
      }
      if (!ok) bad.push(`${file}: ${href}`);
    }
  }
  expect(bad).toEqual([]);
});
