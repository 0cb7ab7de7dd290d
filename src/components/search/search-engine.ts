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
  type: string;
  excerpt: string;
}

let pagefind: Promise<Pagefind> | undefined;

/** Pages that are lists of entries: a hit there is shown as the entry itself (Pagefind's sub-result on its anchor). */
const ENTRY_PAGES = new Set(['Glossary', 'Resource']);

function toHit(item: PagefindResultData): SearchHit {
  const type = item.filters['type']?.[0] ?? 'Page';
  const entry = ENTRY_PAGES.has(type) ? item.sub_results?.find((sub) => sub.url.includes('#')) : undefined;
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
    await module.options({ excerptLength: 24 });
    // Loading the filter index first makes each search report its counts per content type.
    await module.filters();
    return module;
  });
  return pagefind;
}

/**
 * Searches the site, optionally only some content types. Returns the first `limit` hits, the
 * total count, and how many results each content type has for this query.
 */
export async function searchSite(
  query: string,
  types: string[] = [],
  limit = 10,
): Promise<{ hits: SearchHit[]; total: number; typeCounts: Record<string, number> }> {
  const engine = await loadPagefind();
  const all = await engine.search(query);
  const response = types.length > 0 ? await engine.search(query, { filters: { type: types } }) : all;
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return {
    hits: data.map(toHit),
    total: response.results.length,
    typeCounts: all.filters['type'] ?? {},
  };
}

/** Renders hits as list items: title link, content type, excerpt with Pagefind's <mark> highlights. */
export function renderHits(list: HTMLElement, hits: SearchHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      link.textContent = hit.title;
      const type = document.createElement('span');
      type.className = 'search-type';
      type.textContent = hit.type;
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and adds only <mark> around the matches.
      excerpt.innerHTML = hit.excerpt;
      item.append(link, ' ', type, excerpt);
      return item;
    }),
  );
}
