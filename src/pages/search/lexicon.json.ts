import type { APIContext } from 'astro';
import { getEntry } from 'astro:content';
import type { Lexicon } from '../../search/lexicon';

/**
 * /search/lexicon.json: the words the search leaves out and the everyday words it widens, from
 * content/search/<locale>.yaml. Fetched with Pagefind on the reader's first search, never before.
 */
export async function GET({ locals }: APIContext) {
  const entry = await getEntry('searchLexicons', locals.locale);
  if (!entry) throw new Error(`content/search/${locals.locale}.yaml is missing: the search needs its lexicon.`);
  const lexicon: Lexicon = { ignore: entry.data.ignore, synonyms: entry.data.synonyms };
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
