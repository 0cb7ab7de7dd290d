/** What search engines and feeds need from every built page; the CSP is checked in content-security-policy.test.ts. */
import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, listPages, readDist, readSitemapPaths, toUrlPath } from '../support/read-dist';

const pages = listPages();
const sitemap = readSitemapPaths();

test('the sitemap lists every page except the 404 page', () => {
  const expected = pages.map(toUrlPath).filter((path) => path !== '/404.html');
  expect([...sitemap].sort()).toEqual(expected.sort());
});

test('the favicon, web app manifest and its icons are published', () => {
  const manifest = JSON.parse(readDist('manifest.webmanifest')) as { name: string; icons: { src: string }[] };
  expect(manifest.name).toBe('Common Ground');
  for (const icon of manifest.icons) expect(existsSync(join(distDir, icon.src))).toBe(true);
  expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
});

test('robots.txt allows crawling except search result views, and points at the sitemap', () => {
  const robots = readDist('robots.txt');
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots.match(/^Disallow: .*$/gm)).toEqual(['Disallow: /search/?']);
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml$/m);
});

test('no page in the sitemap asks not to be indexed', () => {
  const listed = readSitemapPaths();
  expect(listed.length).toBeGreaterThan(40);
  const contradictory = pages.filter(
    (file) => listed.includes(toUrlPath(file)) && readDist(file).includes('<meta name="robots" content="noindex"'),
  );
  expect(contradictory).toEqual([]);
});

test('the RSS feed lists every article', () => {
  const rss = readDist('rss.xml');
  const articles = pages.filter((file) => /^learn\/(?!topics\/)[^/]+\/index\.html$/.test(file));
  expect(articles.length).toBeGreaterThan(0);
  for (const file of articles) expect(rss).toContain(`${toUrlPath(file)}</link>`);
});

describe.each(pages)('%s', (file) => {
  const html = readDist(file);

  test('has lang, a title, a description and a canonical URL', () => {
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<title>[^<]{5,}<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{50,160}"/);
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
  });

  test('has Open Graph and Twitter card tags and WebSite JSON-LD', () => {
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type']) {
      expect(html).toContain(`property="${property}"`);
    }
    expect(html).toContain('name="twitter:card"');
    const image = /property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(existsSync(join(distDir, new URL(image).pathname))).toBe(true);
    const ld = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(html)?.[1] ?? '[]';
    const types = (JSON.parse(ld) as { '@type': string }[]).map((item) => item['@type']);
    expect(types).toContain('WebSite');
    if (/^learn\/(?!topics\/)[^/]+\/index\.html$/.test(file)) expect(types).toContain('Article');
  });

  test('loads nothing from another origin', () => {
    const external = [...html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g)]
      .map((match) => match[0])
      .filter((tag) => !/rel="(?:canonical|alternate)"/.test(tag));
    expect(external).toEqual([]);
  });
});
