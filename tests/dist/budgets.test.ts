/**
 * Size budgets, measured on the built site (issues #3, #4, #5 and #7), gzip level 9. Every page
 * is measured; a failure names the page, the assets and the numbers. The sizes are printed so
 * closing notes can report them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { gzipSize } from '../support/gzip-size';
import { distDir, listDistFiles, listPages, readDist } from '../support/read-dist';

const KB = 1024;
/** Every page's HTML fits in the first round trip: about 14 KB (issue #7, TCP's initial window of 10 segments). */
const PAGE_HTML = 14 * KB;
/** Articles stay well under that (issue #3). */
const ARTICLE_HTML = 10 * KB;
/** Render-blocking CSS on any page (issue #7). */
const PAGE_CSS = 10 * KB;
/** JavaScript loaded up front: 1.5 KB on every page (issue #7), except the pages with an island. */
const DEFAULT_JS = 1.5 * KB;
const PAGE_JS: Record<string, number> = {
  /** The quiz island (issue #4). */
  'find-your-fit/index.html': 6 * KB,
  /** The directory's filters (issue #5). */
  'resources/index.html': 5 * KB,
  /** The search page is where the reader has asked for search: its form's element (Pagefind itself loads on the first query). */
  'search/index.html': 3 * KB,
};

const measured: { page: string; html: number; js: number; css: number }[] = [];

/** The same-origin assets a page loads up front, of one kind (module preloads count as JavaScript). */
function assetsOf(html: string, kind: 'js' | 'css'): string[] {
  const patterns =
    kind === 'js'
      ? [/<script[^>]*\ssrc="(\/[^"]+)"/g, /<link[^>]*rel="modulepreload"[^>]*href="(\/[^"]+)"/g]
      : [/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g];
  return patterns.flatMap((pattern) => [...html.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function totalGzip(paths: string[]): number {
  return paths.reduce((sum, path) => sum + gzipSize(readFileSync(join(distDir, path))), 0);
}

const pages = listPages();
const isArticle = (file: string) => /^learn\/(?!topics\/)[^/]+\/index\.html$/.test(file);

test('there are pages, and articles among them, to measure', () => {
  expect(pages.length).toBeGreaterThan(40);
  expect(pages.filter(isArticle).length).toBeGreaterThan(0);
});

describe.each(pages)('%s', (file) => {
  const html = readDist(file);
  const scripts = assetsOf(html, 'js');
  const styles = assetsOf(html, 'css');
  const sizes = { page: file, html: gzipSize(html), js: totalGzip(scripts), css: totalGzip(styles) };
  measured.push(sizes);
  const htmlBudget = isArticle(file) ? ARTICLE_HTML : PAGE_HTML;
  const jsBudget = PAGE_JS[file] ?? DEFAULT_JS;

  test(`HTML is at most ${htmlBudget / KB} KB gzip`, () => {
    expect(sizes.html, `${file}: HTML is ${sizes.html} bytes gzip, budget ${htmlBudget}`).toBeLessThanOrEqual(
      htmlBudget,
    );
  });
  test(`render-blocking CSS is at most ${PAGE_CSS / KB} KB gzip`, () => {
    expect(sizes.css, `${file}: ${styles.join(', ')} weigh ${sizes.css} bytes gzip, budget ${PAGE_CSS}`).toBeLessThanOrEqual(
      PAGE_CSS,
    );
  });
  test(`JavaScript loaded up front is at most ${jsBudget} bytes gzip`, () => {
    expect(sizes.js, `${file}: ${scripts.join(', ')} weigh ${sizes.js} bytes gzip, budget ${jsBudget}`).toBeLessThanOrEqual(
      jsBudget,
    );
  });
  test('no search code before the reader shows intent', () => {
    const search = scripts.filter((path) => /pagefind|search-dialog/.test(path));
    expect(search, `${file} loads search code up front`).toEqual([]);
  });
  // og-image.png is on no page: it is the preview other sites show, and PNG is what they all read.
  test('every image is SVG, WebP or AVIF, with width and height (nothing shifts as it loads)', () => {
    const images = [...html.matchAll(/<img\b[^>]*>/g)].map((match) => match[0]);
    const wrong = images.filter(
      (tag) => !/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag) || !/\ssrc="[^"]+\.(svg|webp|avif)"/.test(tag),
    );
    expect(wrong, `${file}: images without a modern format or size`).toEqual([]);
  });
});

test('no web fonts: no @font-face in any stylesheet and no font files', () => {
  const css = listDistFiles('.css').filter((file) => !file.startsWith('pagefind/'));
  expect(css.filter((file) => readDist(file).includes('@font-face'))).toEqual([]);
  const fonts = ['.woff', '.woff2', '.ttf', '.otf', '.eot'].flatMap((extension) => listDistFiles(extension));
  expect(fonts.filter((file) => !file.startsWith('pagefind/'))).toEqual([]);
});

afterAll(() => {
  const largest = (key: 'html' | 'js' | 'css') => measured.reduce((a, b) => (b[key] > a[key] ? b : a));
  for (const key of ['html', 'js', 'css'] as const) {
    const { page, [key]: size } = largest(key);
    console.log(`Largest ${key.toUpperCase()}: ${page}, ${size} bytes gzip`);
  }
  console.table([...measured].sort((a, b) => b.html - a.html).slice(0, 12));
});
