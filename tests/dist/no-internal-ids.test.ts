/**
 * No id of ours appears in reader text: a summary written from research notes once said "see
 * shout-85258, text-50808" where a reader needs the names. Ids are the content files' names; only
 * those with a hyphen or digit are looked for, because a one-word id ("mind", "taps") is also a
 * word or a name, and glossary ids are their terms' own words ("self-efficacy"). Addresses that
 * contain an id (/resources/al-anon/, al-anon.org) are not reader words.
 */
import { describe, expect, test } from 'vitest';
import { readPageText } from '../../scripts/lib/find-untranslated-text';
import { collectionFiles, listEntryIds } from '../../src/schemas/collection-files';
import { listPages, readDist } from '../support/read-dist';

const ids = (Object.keys(collectionFiles) as (keyof typeof collectionFiles)[])
  .filter((collection) => collection !== 'glossary')
  .flatMap((collection) => [...listEntryIds(collection)])
  .filter((id) => /[-\d]/.test(id));

/** The words of a text that are not part of an address or path. */
function readerWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((word) => !/[/@]|\.[a-z]{2,}/.test(word))
    .join(' ');
}

describe('no internal id appears in reader text', () => {
  test('there are ids to look for', () => {
    expect(ids).toContain('shout-85258');
  });

  test.each(listPages())('%s', (page) => {
    const found: string[] = [];
    for (const { text, where } of readPageText(readDist(page)).texts) {
      const words = readerWords(text);
      for (const id of ids) {
        if (new RegExp(`(^|[^\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`).test(words)) {
          found.push(`${where}: "${id}" in "${text.trim().slice(0, 120)}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
