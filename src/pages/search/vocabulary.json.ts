import type { APIContext } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { collectionFiles, type CollectionName } from '../../schemas/collection-files';
import { collectStrings } from '../../search/collect-strings';
import { listVocabulary } from '../../search/list-vocabulary';

/**
 * /search/vocabulary.json: the site's own words, most used first, for "did you mean". Built
 * from every collection's text and the everyday words of the search lexicon, so no request
 * goes anywhere else; the search loads it only when a word matches nothing.
 */
export async function GET({ locals }: APIContext) {
  const names = Object.keys(collectionFiles) as CollectionName[];
  const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  const texts = entries.flatMap((entry) => [
    ...collectStrings(entry.data),
    ...('body' in entry && typeof entry.body === 'string' ? [entry.body] : []),
  ]);
  const lexicon = await getEntry('searchLexicons', locals.locale);
  const typed = lexicon?.data.synonyms.flatMap((synonym) => synonym.typed) ?? [];
  return new Response(JSON.stringify(listVocabulary([...texts, ...typed])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
