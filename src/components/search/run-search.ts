/** The slice of Pagefind's browser API this page uses. */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads the index only when someone searches; the path is built at run time so Vite leaves it alone. */
function loadPagefind(): Promise<Pagefind> {
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
}

/** Runs a query and renders up to ten results with their highlighted excerpts. */
export async function runSearch(query: string, status: HTMLElement, list: HTMLOListElement): Promise<void> {
  const trimmed = query.trim();
  list.replaceChildren();
  if (!trimmed) {
    status.textContent = 'Type a word or two to search.';
    return;
  }
  status.textContent = 'Searching…';
  const { results } = await (await loadPagefind()).search(trimmed);
  const shown = await Promise.all(results.slice(0, 10).map((result) => result.data()));
  for (const item of shown) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    const excerpt = document.createElement('p');
    // Pagefind escapes page text and adds only <mark> around matches.
    excerpt.innerHTML = item.excerpt;
    li.append(link, excerpt);
    list.append(li);
  }
  status.textContent = results.length === 1 ? '1 result' : `${results.length} results`;
}
