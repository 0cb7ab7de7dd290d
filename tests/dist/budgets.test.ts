/**
 * Size budgets, measured on the built site (issue #3). Each failure names the page, the asset and
 * the numbers. The measured sizes are printed so closing notes can report them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { gzipSize } from '../support/gzip-size';
import { distDir, listDistFiles, listPages, readDist } from '../support/read-dist';

const KB = 1024;
/** Article pages: HTML ≤ 10 KB and JavaScript ≤ 1.5 KB gzip in all (issue #3). */
const ARTICLE_HTML = 10 * KB;
const ARTICLE_JS = 1.5 * KB;
/** All the site's CSS together ≤ 10 KB gzip (issue #3). */
const ALL_CSS = 10 * KB;

const measured: { page: string; html: number; js: number; css: number }[] = [];

/** The same-origin assets a page loads up front, of one kind. */
function assetsOf(html: string, kind: 'js' | 'css'): string[] {
  const pattern = kind === 'js' ? /<script[^>]*\ssrc="(\/[^"]+)"/g : /<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g;
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

function totalGzip(paths: string[]): number {
  return paths.reduce((sum, path) => sum + gzipSize(readFileSync(join(distDir, path))), 0);
}

const articles = listPages().filter((file) => /^learn\/(?!topics\/)[^/]+\/index\.html$/.test(file));

test('there are article pages to measure', () => {
  expect(articles.length).toBeGreaterThan(0);
});

describe.each(articles)('%s', (file) => {
  const html = readDist(file);
  test(`HTML is at most ${ARTICLE_HTML / KB} KB gzip`, () => {
    const size = gzipSize(html);
    measured.push({ page: file, html: size, js: totalGzip(assetsOf(html, 'js')), css: totalGzip(assetsOf(html, 'css')) });
    expect(size, `${file}: HTML is ${size} bytes gzip, budget ${ARTICLE_HTML}`).toBeLessThanOrEqual(ARTICLE_HTML);
  });
  test(`JavaScript loaded up front is at most ${ARTICLE_JS} bytes gzip`, () => {
    const scripts = assetsOf(html, 'js');
    const size = totalGzip(scripts);
    expect(size, `${file}: ${scripts.join(', ')} weigh ${size} bytes gzip, budget ${ARTICLE_JS}`).toBeLessThanOrEqual(
      ARTICLE_JS,
    );
  });
});

test(`all CSS together is at most ${ALL_CSS / KB} KB gzip`, () => {
  const files = listDistFiles('.css').filter((file) => !file.startsWith('pagefind/'));
  const size = totalGzip(files.map((file) => `/${file}`));
  console.log(`All CSS: ${files.length} files, ${size} bytes gzip (budget ${ALL_CSS})`);
  expect(size, `${files.join(', ')} weigh ${size} bytes gzip, budget ${ALL_CSS}`).toBeLessThanOrEqual(ALL_CSS);
});

afterAll(() => {
  if (measured.length > 0) console.table(measured);
});

/** The quiz island's JavaScript at most 6 KB gzip (issue #4); the resources filters at most 5 KB (issue #5). */
test.each([
  ['find-your-fit/index.html', 6 * KB],
  ['resources/index.html', 5 * KB],
])('%s loads at most %i bytes of JavaScript gzip', (file, budget) => {
  const scripts = assetsOf(readDist(file), 'js');
  const size = totalGzip(scripts);
  console.log(`${file}: ${scripts.length} scripts, ${size} bytes gzip (budget ${budget})`);
  expect(size, `${file}: ${scripts.join(', ')} weigh ${size} bytes gzip, budget ${budget}`).toBeLessThanOrEqual(budget);
});
