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
    query: string,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<{
    results: { data: () => Promise<PagefindResultData> }[];
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
    // noWorker: Pagefind's worker script costs 12 KB gzip on the first query, which took it past
    // its 150 KB budget (issue #6); searching on the page measured within the 300 ms budget
    // on the 1,000-page bench too.
    await module.options({ excerptLength: 24, noWorker: true });
    // Loading the filter index first makes each search report its counts per content type.
    await module.filters();
    return module;
  });
  return pagefind;
}

/**
 * Starts loading Pagefind and the index chunks for what the reader has typed so far. Called on
 * every keystroke, before the debounce, so the engine is warm when the search itself runs. A last
 * word shorter than three letters is left out: its prefix spans many index chunks, most of which
 * the finished word will not need.
 */
export function prepareSearch(query: string): void {
  const words = query.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const worthLoading = (last.length >= 3 ? words : words.slice(0, -1)).join(' ');
  void loadPagefind().then((engine) => (worthLoading ? engine.preload(worthLoading) : undefined));
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
}

/** Searches the site, optionally only some content types. */
export async function searchSite({ query, types = [], entryTypes }: SearchRequest): Promise<SearchPage> {
  const engine = await loadPagefind();
  const all = await engine.search(query);
  const response = types.length > 0 ? await engine.search(query, { filters: { type: [...types] } }) : all;
  let shown = 0;
  const loadMore = async () => {
    const next = response.results.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    return (await Promise.all(next.map((result) => result.data()))).map((item) => toHit(item, entryTypes));
  };
  return {
    total: response.results.length,
    typeCounts: all.filters['type'] ?? {},
    loadMore,
  };
}
