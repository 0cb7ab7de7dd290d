import type { Lexicon } from '../../search/lexicon';
import { loadJson } from './load-json';
import {
  searchForgivingly,
  type Correction,
  type ForgivingResult,
  type TermEngine,
} from '../../search/search-forgivingly';

/** The slice of Pagefind's browser API the site uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (query: string) => Promise<void>;
  search: (
    query: string | null,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<{
    results: { id: string; score: number; data: () => Promise<PagefindResultData> }[];
    filters: Record<string, Record<string, number>>;
  }>;
}

/** One result as the interfaces show it. */
export interface SearchHit {
  url: string;
  title: string;
  /** The page's content type as indexed (a catalogue label), or undefined for a page without one. */
  type: string | undefined;
  excerpt: string;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * `entryTypes` are the content types of pages that are lists of entries (the glossary): a hit
 * there is shown as the entry itself (Pagefind's sub-result on its anchor).
 */
function toHit(item: PagefindResultData, entryTypes: readonly string[]): SearchHit {
  const type = item.filters['type']?.[0];
  const entry =
    type !== undefined && entryTypes.includes(type)
      ? item.sub_results?.find((sub) => sub.url.includes('#'))
      : undefined;
  return {
    url: entry?.url ?? item.url,
    title: entry?.title ?? item.meta.title ?? item.url,
    type,
    excerpt: entry?.excerpt ?? item.excerpt,
  };
}

/** Loads Pagefind from this site once, on first use; the path is built at run time so Vite leaves it alone. */
function loadPagefind(): Promise<Pagefind> {
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (module) => {
    // Searches run in Pagefind's worker, off the main thread. On the page (noWorker), each search
    // held the main thread 40-70 ms on the 1,000-article bench: keystrokes waited, the pause timer
    // fired between them, and a half-typed query's results (and their fragments) loaded, so the
    // first query cost 137-169 KB from run to run. With the worker it cost 147 KB every run. The
    // worker script (12 KB gzip) fits since the index chunks shrank (rechunk-search-index.ts).
    // metaWeights: a page's search words (SearchWords.astro) are the ways people ask for it, often
    // the very question ("who runs the group"); weighted like its title, a match there counts as
    // much as one in the text it is about. Pagefind 1.6 weighs title matches 5 by default.
    await module.options({ excerptLength: 24, ranking: { metaWeights: { keywords: 5 } } });
    return module;
  });
  return pagefind;
}

/** Which content type each page is, from Pagefind's filter index (no result fragments needed). */
async function listPageTypes(engine: Pagefind): Promise<Map<string, string>> {
  const types = Object.keys((await engine.filters())['type'] ?? {});
  const byPage = new Map<string, string>();
  for (const type of types) {
    const { results } = await engine.search(null, { filters: { type: [type] } });
    for (const result of results) byPage.set(result.id, type);
  }
  return byPage;
}
let pageTypes: Promise<Map<string, string>> | undefined;

/**
 * The page-type map, listed once per page. prepareSearch starts it on the first keystroke: it is
 * one search per content type, and the one for articles took 54 ms on the 1,000-article bench.
 * Started with the first query's searches, it queued in Pagefind's worker between them and
 * added 60-80 ms to the wait after the last keystroke.
 */
function loadPageTypes(engine: Pagefind): Promise<Map<string, string>> {
  pageTypes ??= listPageTypes(engine);
  return pageTypes;
}

/**
 * Searches, ahead of time, what the reader has typed so far. Called on every keystroke, before
 * the pause that starts the search itself, so that search finds most of its work done (findTerms
 * keeps each result). The forgiving search makes several searches per query (each word quoted
 * and plain, then all of them together), 20-60 ms each in Pagefind's worker on the
 * 1,000-article bench; made only after the pause, they kept the reader waiting 240-345 ms.
 * This warm-up loads no result fragments and no vocabulary: it searches as if the last word were
 * finished and sets no misspelling right, so a half-typed word costs one quoted search that
 * finds nothing, and the searches for the finished query are the ones the real search will make.
 * A last word shorter than three letters is left out: its prefix spans many index chunks, most
 * of which the finished word will not need.
 */
export function prepareSearch(query: string, words: SearchRequest['words']): void {
  const typed = query.trim().split(/\s+/);
  const last = typed.at(-1) ?? '';
  const worthSearching = (last.length >= 3 ? typed : typed.slice(0, -1)).join(' ');
  void loadPagefind().then(async (engine) => {
    if (worthSearching) await engine.preload(worthSearching);
    await loadPageTypes(engine);
  });
  if (!worthSearching) return;
  void Promise.all([loadPagefind(), loadJson<Lexicon>(words.lexicon)]).then(([engine, lexicon]) =>
    searchForgivingly(worthSearching, {
      lexicon,
      engine: findTerms(engine),
      loadVocabulary: () => Promise.resolve([]),
    }),
  );
}

/**
 * Results are shown a page at a time: each shown result costs a fragment download (1–11 KB),
 * so five keep the first query inside its 150 KB budget (issue #6). Pagefind's own UI also
 * shows five at first.
 */
export const PAGE_SIZE = 5;

/** One search's results: the total, counts per content type, and a way to get them a page at a time. */
export interface SearchPage {
  total: number;
  typeCounts: Record<string, number>;
  /** 'all': the first results match every word; 'some': no page has them all; 'none': nothing matched. */
  match: ForgivingResult<unknown>['match'];
  /** Words that matched nothing, searched as the site's closest word instead. */
  corrections: Correction[];
  /** The next PAGE_SIZE hits (the first call gives the first page), or none once all are loaded. */
  loadMore: () => Promise<SearchHit[]>;
}

/** What to search for: the words, and optionally only some content types. */
export interface SearchRequest {
  query: string;
  /** Content types (labels, as indexed) to keep; none keeps all. */
  types?: readonly string[];
  /** Content types of pages that are lists of entries, whose hits are shown as the entry (see toHit). */
  entryTypes: readonly string[];
  /** Where this language's lexicon and vocabulary are (routes.searchLexicon, routes.searchVocabulary). */
  words: { lexicon: string; vocabulary: string };
  /** The reader is still typing the last word, so it may be the start of a word (the dialog). */
  typing?: boolean;
}

/** The lexicon's and vocabulary's addresses, from a search element's data-lexicon and data-vocabulary. */
export function readSearchWords(element: HTMLElement, renderedBy: string): SearchRequest['words'] {
  const { lexicon, vocabulary } = element.dataset;
  if (!lexicon || !vocabulary) {
    throw new Error(`<${element.localName}> needs data-lexicon and data-vocabulary (see ${renderedBy}).`);
  }
  return { lexicon, vocabulary };
}

type PagefindResult = Awaited<ReturnType<Pagefind['search']>>['results'][number];

/** The text Pagefind marked in an excerpt, lower case: what a search term actually matched. */
function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => (match[1] ?? '').toLowerCase());
}

/**
 * The forgiving search's view of Pagefind. A word is searched quoted first, which matches it
 * only as a whole (stemmed) word: unquoted, Pagefind finds a word it does not know by a shorter
 * start of it, so "atheist" matched every "at". When the quoted search finds it, the unquoted
 * results are used, ranked with Pagefind's full weights (quoted results rank "aa" on
 * /references/ first). A phrase is searched quoted only.
 */
function toTermEngine(engine: Pagefind) {
  const toScored = (results: PagefindResult[]) =>
    results.map((result) => ({ id: result.id, score: result.score, page: result }));
  return {
    findWord: async (term: string) => {
      const quoted = await engine.search(`"${term}"`);
      if (quoted.results.length === 0 || term.includes(' ')) return toScored(quoted.results);
      return toScored((await engine.search(term)).results);
    },
    // Unquoted, a word's start finds longer words ("bereav" → "bereavement"), but a start that
    // no word has finds a shorter one: keep the results only if the best one marks the start typed.
    findWordStart: async (start: string) => {
      const { results } = await engine.search(start);
      const first = results[0];
      if (!first) return [];
      const marked = markedWords((await first.data()).excerpt);
      return marked.some((word) => word.startsWith(start)) ? toScored(results) : [];
    },
    findEvery: async (words: readonly string[]) =>
      toScored((await engine.search(words.map((word) => (word.includes(' ') ? `"${word}"` : word)).join(' '))).results),
  };
}

type TermResults = Awaited<ReturnType<TermEngine<PagefindResult>['findWord']>>;
let termEngine: TermEngine<PagefindResult> | undefined;

/**
 * The term engine, each search made once per page: what the reader typed before is searched
 * again as they type on (and by prepareSearch ahead of time), and Pagefind's index does not
 * change while the page is open.
 */
function findTerms(engine: Pagefind): TermEngine<PagefindResult> {
  if (termEngine) return termEngine;
  const plain = toTermEngine(engine);
  const made = new Map<string, Promise<TermResults>>();
  const once = (key: string, search: () => Promise<TermResults>) => {
    let found = made.get(key);
    if (!found) {
      found = search();
      made.set(key, found);
    }
    return found;
  };
  termEngine = {
    findWord: (term) => once(`word ${term}`, () => plain.findWord(term)),
    findWordStart: (start) => once(`start ${start}`, () => plain.findWordStart(start)),
    findEvery: (words) => once(`every ${words.join('\n')}`, () => plain.findEvery(words)),
  };
  return termEngine;
}

/** Searches the site, forgivingly (src/search/search-forgivingly.ts), optionally only some content types. */
export async function searchSite({
  query,
  types = [],
  entryTypes,
  words,
  typing = false,
}: SearchRequest): Promise<SearchPage> {
  const [engine, lexicon] = await Promise.all([loadPagefind(), loadJson<Lexicon>(words.lexicon)]);
  const [found, typeOf] = await Promise.all([
    searchForgivingly(query, {
      lexicon,
      engine: findTerms(engine),
      loadVocabulary: () => loadJson<string[]>(words.vocabulary),
      typing,
    }),
    loadPageTypes(engine),
  ]);
  const typeCounts: Record<string, number> = {};
  for (const { id } of found.pages) {
    const type = typeOf.get(id);
    if (type !== undefined) typeCounts[type] = (typeCounts[type] ?? 0) + 1;
  }
  const kept = types.length > 0 ? found.pages.filter(({ id }) => types.includes(typeOf.get(id) ?? '')) : found.pages;
  let shown = 0;
  const loadMore = async () => {
    const next = kept.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    return (await Promise.all(next.map(({ page }) => page.data()))).map((item) => toHit(item, entryTypes));
  };
  return { total: kept.length, typeCounts, match: found.match, corrections: found.corrections, loadMore };
}
