/**
 * Reader pages carry no working notes of ours (issue 14): keywords shown as "Also searched for
 * as: …" (they belong to the search index), hedges about our sources, a "How researchers classify
 * it" section written for us rather than for someone choosing a group, references padded with
 * "Details as cited in the source text", and "(times not confirmed)" beside opening hours. Each
 * phrase is looked for in the text a reader sees on every built page.
 */
import { describe, expect, test } from 'vitest';
import { readPageText } from '../../scripts/lib/find-untranslated-text';
import { listPages, readDist } from '../support/read-dist';

const notes = [
  /also searched for as/i,
  /our sources do not/i,
  /our sources say little/i,
  /how researchers classify/i,
  /details as cited/i,
  /times not confirmed/i,
];

describe('no working note reaches a reader', () => {
  test('the check sees page text, and would catch a note', () => {
    const html = '<html lang="en"><body><main><p>Also searched for as: AA, NA</p></main></body></html>';
    const texts = readPageText(html).texts.map((entry) => entry.text);
    expect(texts.some((text) => notes.some((note) => note.test(text)))).toBe(true);
  });

  test.each(listPages())('%s', (page) => {
    const found = readPageText(readDist(page))
      .texts.filter(({ text }) => notes.some((note) => note.test(text)))
      .map(({ where, text }) => `${where}: "${text.trim().slice(0, 120)}"`);
    expect(found).toEqual([]);
  });
});

test('the keywords of every kind of group stay in the search index, off the page', () => {
  const pages = listPages().filter((page) => /^groups\/[^/]+\/index\.html$/.test(page));
  expect(pages.length).toBeGreaterThan(5);
  for (const page of pages) {
    // Pagefind metadata (searched, never excerpted), hidden from readers and kept out of the body
    // text; each word its own element, spelled as in content/ (the pseudo-locale check reads it).
    expect(readDist(page), page).toMatch(
      /<span data-pagefind-meta="keywords" data-pagefind-ignore hidden>(<span>[^<]{2,}<\/span>(; )?)+<\/span>/,
    );
  }
});
