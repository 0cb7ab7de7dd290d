/**
 * The search's words as built (issue 17): the lexicon widens everyday words only to words the
 * site really uses (a `finds` word no page has would find nothing), the vocabulary is the site's
 * own, and the search page lists every page A to Z for readers without JavaScript.
 */
import { expect, test } from 'vitest';
import type { Lexicon } from '../../src/search/lexicon';
import { splitQuery } from '../../src/search/split-query';
import { listPages, readDist, toUrlPath } from '../support/read-dist';

const lexicon = JSON.parse(readDist('search/lexicon.json')) as Lexicon;
const vocabulary = JSON.parse(readDist('search/vocabulary.json')) as string[];
/** Every word of the pages' indexed text (what Pagefind indexes: <main data-pagefind-body>). */
const pageWords = new Set(
  listPages().flatMap((file) => {
    const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(readDist(file))?.[1] ?? '';
    return splitQuery(main.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'"));
  }),
);

test('every word a synonym finds is a word on the site’s pages', () => {
  expect(lexicon.synonyms.length).toBeGreaterThan(20);
  const missing = lexicon.synonyms
    .flatMap(({ finds }) => finds.flatMap((term) => splitQuery(term)))
    .filter((word) => !pageWords.has(word));
  expect(missing).toEqual([]);
});

test('the vocabulary is the site’s own words, most used first, and knows the words people misspell', () => {
  expect(vocabulary.length).toBeGreaterThan(1000);
  for (const word of ['suicide', 'bereavement', 'gambling', 'confidentiality', 'dementia']) {
    expect(vocabulary).toContain(word);
  }
  expect(vocabulary.every((word) => word.length >= 4 && !/\d/.test(word))).toBe(true);
  expect(vocabulary.indexOf('group')).toBeLessThan(vocabulary.indexOf('bereavement'));
});

test('the search page lists every article, kind of group, guide and organization, A to Z', () => {
  const html = readDist('search/index.html');
  const section = /<section class="a-to-z"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const listed = new Set([...section.matchAll(/<li><a href="([^"#]+)"/g)].map((match) => match[1]));
  const expected = listPages()
    .map(toUrlPath)
    .filter((path) => /^\/(learn|groups|organize|resources)\/[^/]+\/$/.test(path))
    .filter((path) => !/^\/resources\/(kind|region|topic)\//.test(path));
  expect(expected.length).toBeGreaterThan(80);
  expect(expected.filter((path) => !listed.has(path))).toEqual([]);
  expect(section).toMatch(/<h2 id="a-to-z">/);
});
