/** Every reference is cited somewhere, and every article's and group page's numbered citations have their notes. */
import { describe, expect, test } from 'vitest';
import { listPages, readDist } from '../support/read-dist';

const references = readDist('references/index.html');
const items = [...references.matchAll(/<li id="([^"]+)">([\s\S]*?)<\/li>/g)];

test('the references page lists works', () => {
  expect(items.length).toBeGreaterThan(10);
});

test.each(items.map((match) => [match[1] ?? '', match[2] ?? '']))('%s is cited on at least one page', (_id, body) => {
  expect(body).toContain('data-cited-on');
});

// Articles and the kind-of-group pages, which number their citations too ("What the research says", issue 15).
describe.each(listPages().filter((file) => /^(?:learn\/(?!topics\/)|groups\/)[^/]+\/index\.html$/.test(file)))('%s', (file) => {
  const html = readDist(file);
  test('every numbered citation has a note, and every note is cited', () => {
    const cited = new Set([...html.matchAll(/href="#note-(\d+)"/g)].map((match) => match[1]));
    const notes = new Set([...html.matchAll(/<li id="note-(\d+)"/g)].map((match) => match[1]));
    expect([...cited].sort()).toEqual([...notes].sort());
  });
});
